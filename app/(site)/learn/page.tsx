import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyList } from "@/components/site/empty-list";
import { MoreLink } from "@/components/site/more-link";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { listMyCourses } from "@/lib/learning/list-my-courses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learn");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ cursor?: string }> };

/** "My learning": the person's courses with progress (the web twin of GET /api/v1/me/courses). */
export default async function MyLearningPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/learn");
  const [t, locale, { cursor }] = await Promise.all([getTranslations("learn"), currentLocale(), searchParams]);
  const page = await listMyCourses({ actor, locale, limit: 20, cursor }).catch((error: unknown) => {
    if (error instanceof AppError) return listMyCourses({ actor, locale, limit: 20 });
    throw error;
  });
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {page.items.length === 0 ? (
        <EmptyList message={t("empty")} browseLabel={t("browse")} />
      ) : (
        <ul className="mt-6 space-y-3" data-testid="my-courses">
          {page.items.map((item) => (
            <li key={item.enrollmentId} className="flex items-center justify-between gap-4 rounded-lg border border-slate-200 p-4">
              <div>
                <Link href={`/courses/${item.course.id}`} className="font-semibold text-brand-700 underline">
                  {item.course.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {t("progress", { completed: item.progress.completedLessons, total: item.progress.totalLessons, percent: item.progress.percent })}
                </p>
                <div className="mt-2 h-2 w-48 rounded bg-slate-100" aria-hidden>
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${item.progress.percent}%` }} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? <MoreLink href={`/learn?cursor=${encodeURIComponent(page.nextCursor)}`}>{t("next")}</MoreLink> : null}
    </div>
  );
}
