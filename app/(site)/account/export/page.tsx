import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getWebActor } from "@/lib/auth/web-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dataExport");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ error?: string | string[] }> };

const INCLUDED = ["profile", "devices", "links", "orders", "learning", "notifications", "support", "privacy"] as const;
const EXCLUDED = ["others", "secrets", "cards"] as const;
const ERRORS = new Set(["rate_limited", "unavailable"]);

/**
 * What the data export contains and a button that downloads it (policy S6); the web twin of
 * GET /api/v1/me/export. A plain form post, so it works without JavaScript.
 */
export default async function DataExportPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account/export");
  const [t, { error: raw }] = await Promise.all([getTranslations("dataExport"), searchParams]);
  const error = typeof raw === "string" && ERRORS.has(raw) ? (raw as "rate_limited" | "unavailable") : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {error ? <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">{t(`errors.${error}`)}</p> : null}
      <p className="text-slate-700">{t("intro")}</p>

      <section aria-labelledby="included">
        <h2 id="included" className="text-lg font-semibold">{t("included.title")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
          {INCLUDED.map((key) => <li key={key}>{t(`included.${key}`)}</li>)}
        </ul>
      </section>

      <section aria-labelledby="excluded">
        <h2 id="excluded" className="text-lg font-semibold">{t("excluded.title")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
          {EXCLUDED.map((key) => <li key={key}>{t(`excluded.${key}`)}</li>)}
        </ul>
      </section>

      <p className="text-sm text-slate-600">{t("limit")}</p>
      <form method="post" action="/account/export/download">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white" data-testid="export-download">
          {t("download")}
        </button>
      </form>
      <p className="text-sm text-slate-600">
        {t("correct")}{" "}
        <Link href="/account" className="text-brand-700 underline">{t("back")}</Link>
      </p>
    </div>
  );
}
