import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PolicyAdminNotice } from "@/components/privacy/admin/policy-admin-notice";
import { PolicyDraftForm } from "@/components/privacy/admin/policy-draft-form";
import { PublishedPolicyVersion } from "@/components/privacy/admin/published-policy-version";
import { POLICY_DATE } from "@/components/privacy/policy-date";
import { Button } from "@/components/ui/button";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { getPolicyVersionForOperator } from "@/lib/privacy/policies/admin/list-policy-versions";
import { discardPolicyDraftAction, publishPolicyVersionAction, updatePolicyDraftAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; error?: string; fields?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policies.admin");
  return { title: t("title"), robots: { index: false } };
}

/** One policy version: a draft to edit, publish or discard; a published one read-only. Platform admins only. */
export default async function AdminPolicyVersionPage({ params, searchParams }: Props) {
  const actor = await getWebActor();
  const { id } = await params;
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/admin/policies/${id}`)}`);
  if (actor.platformRole !== "PLATFORM_ADMIN") notFound();
  // A malformed id answers like an unknown one: the 404 page.
  const version = await getPolicyVersionForOperator(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  if (!version) notFound();
  const [t, tKinds, format, query] = await Promise.all([getTranslations("policies.admin"), getTranslations("policies.kinds"), getFormatter(), searchParams]);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <Link href="/admin/policies" className="text-sm text-brand-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {tKinds(version.kind)} · {t("columns.version")} {version.version}
      </h1>
      <PolicyAdminNotice done={query.done} error={query.error} fields={query.fields} />
      {version.publishedAt ? (
        <>
          <p className="mt-4 text-sm text-slate-600">{t("readOnly", { date: format.dateTime(version.publishedAt, { ...POLICY_DATE, timeStyle: "short" }) })}</p>
          <PublishedPolicyVersion version={version} />
        </>
      ) : (
        <>
          <PolicyDraftForm action={updatePolicyDraftAction.bind(null, version.id)} chooseKind={false} submit="save" values={version} />
          <div className="mt-8 flex flex-wrap items-center gap-4 border-t border-slate-200 pt-4">
            <form action={publishPolicyVersionAction.bind(null, version.id)}>
              <Button type="submit">{t("form.publish")}</Button>
            </form>
            <p className="text-sm text-slate-600">{t("form.publishHint")}</p>
            <form action={discardPolicyDraftAction.bind(null, version.id)}>
              <Button type="submit" variant="danger">
                {t("form.discard")}
              </Button>
            </form>
          </div>
        </>
      )}
    </main>
  );
}
