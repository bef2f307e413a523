import { useTranslations } from "next-intl";

const TONE = {
  DRAFT: "bg-slate-100 text-slate-700",
  PUBLISHED: "bg-green-100 text-green-800",
  ARCHIVED: "bg-amber-100 text-amber-900",
} as const;

/** A course's status as a small label (works in server and client components). */
export function CourseStatusBadge({ status }: { status: keyof typeof TONE }) {
  const t = useTranslations("centerCourses.status");
  return <span className={`rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[status]}`}>{t(status)}</span>;
}
