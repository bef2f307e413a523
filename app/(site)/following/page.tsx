import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/catalog/avatar";
import { EmptyList } from "@/components/site/empty-list";
import { MoreLink } from "@/components/site/more-link";
import { getWebActor } from "@/lib/auth/web-actor";
import { listFollowing } from "@/lib/follows/list-following";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { unfollowAction } from "../instructors/[id]/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("following");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

/** The instructors the signed-in person follows (the web twin of GET /api/v1/me/following). */
export default async function FollowingPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/following");
  const raw = (await searchParams).cursor;
  const cursor = typeof raw === "string" && raw.length <= 512 ? raw : undefined;
  const [t, ti, format, locale] = await Promise.all([getTranslations("following"), getTranslations("instructorPage"), getFormatter(), currentLocale()]);
  const page = await listFollowing({ actor, locale, limit: 20, cursor }).catch((error: unknown) => {
    if (error instanceof AppError) return listFollowing({ actor, locale, limit: 20 });
    throw error;
  });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      {page.items.length === 0 ? (
        <EmptyList message={t("empty")} browseLabel={t("browse")} />
      ) : (
        <ul className="mt-6 space-y-3" data-testid="following-list">
          {page.items.map(({ instructor, followedAt }) => (
            <li key={instructor.id} className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-200 p-4">
              <Avatar name={instructor.name} imageUrl={instructor.photoUrl} alt={ti("photoAlt", { name: instructor.name })} />
              <div className="min-w-0 flex-1">
                <Link href={`/instructors/${instructor.id}`} className="font-semibold text-brand-700 underline">
                  {instructor.name}
                </Link>
                {instructor.headline ? <p className="text-sm text-slate-600">{instructor.headline}</p> : null}
                <p className="text-xs text-slate-500">
                  {t("since", { date: format.dateTime(new Date(followedAt), { dateStyle: "medium" }) })}
                </p>
              </div>
              <form action={unfollowAction}>
                <input type="hidden" name="instructorId" value={instructor.id} />
                <button type="submit" aria-label={t("unfollowNamed", { name: instructor.name })} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700">
                  {t("unfollow")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? <MoreLink href={`/following?cursor=${encodeURIComponent(page.nextCursor)}`}>{t("next")}</MoreLink> : null}
    </div>
  );
}
