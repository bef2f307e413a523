"use client";

import { useTranslations } from "next-intl";
import type { EnrollmentStatus } from "@/lib/centers/students/student-dto";

const TONE: Record<EnrollmentStatus, string> = {
  active: "bg-emerald-50 text-emerald-900",
  revoked: "bg-red-50 text-red-900",
  expired: "bg-slate-100 text-slate-700",
};

/** An enrollment's status in words (the colour never carries the meaning alone). */
export function EnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  const t = useTranslations("centerStudents.status");
  return (
    <span className={`rounded px-2 py-0.5 text-xs whitespace-nowrap ${TONE[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}
