import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PolicyAdminNotice } from "@/components/privacy/admin/policy-admin-notice";
import { PolicyDraftForm } from "@/components/privacy/admin/policy-draft-form";
import { getWebActor } from "@/lib/auth/web-actor";
import { kindFromSlug, POLICY_KINDS } from "@/lib/privacy/policies/kinds";
import { createPolicyDraftAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ error?: string; fields?: string; kind?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policies.admin");
  return { title: t("newDraft"), robots: { index: false } };
}

/** The operator starts the next version of a policy. Platform admins only; anyone else sees the 404 page. */
export default async function NewPolicyDraftPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent("/admin/policies/new")}`);
  if (actor.platformRole !== "PLATFORM_ADMIN") notFound();
  const [t, query] = await Promise.all([getTranslations("policies.admin"), searchParams]);
  const kind = POLICY_KINDS.find((k) => k === query.kind) ?? kindFromSlug(query.kind ?? "") ?? "STUDENT";
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <Link href="/admin/policies" className="text-sm text-brand-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("newDraft")}</h1>
      <PolicyAdminNotice error={query.error} fields={query.fields} />
      <PolicyDraftForm
        action={createPolicyDraftAction}
        chooseKind
        submit="create"
        values={{ kind, titleEn: null, titleMy: null, bodyEn: null, bodyMy: null, changeSummaryEn: null, changeSummaryMy: null, effectiveAt: null, material: false }}
      />
    </main>
  );
}
