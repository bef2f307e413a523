"use client";

import { useTranslations } from "next-intl";
import type { StudentContact } from "@/lib/centers/students/student-dto";

/** A student's masked phone and email (ADR 0020), or a dash when the account has neither. */
export function StudentIdentity({ contact }: { contact: StudentContact }) {
  const t = useTranslations("centerStudents");
  if (!contact.phone && !contact.email) return <span className="text-slate-500">{t("noContact")}</span>;
  return (
    <span className="flex flex-col font-mono text-xs text-slate-700">
      {contact.phone ? <span>{contact.phone}</span> : null}
      {contact.email ? <span>{contact.email}</span> : null}
    </span>
  );
}
