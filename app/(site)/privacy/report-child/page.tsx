import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { reportChildAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ sent?: string; errors?: string }> };

const KNOWN = ["account_required", "account_invalid", "reason_too_short", "reason_too_long", "contact_too_long", "rate_limited", "unknown"] as const;
type ErrorKey = (typeof KNOWN)[number];
const FIELD_OF: Partial<Record<ErrorKey, "account" | "reason" | "contact">> = {
  account_required: "account",
  account_invalid: "account",
  reason_too_short: "reason",
  reason_too_long: "reason",
  contact_too_long: "contact",
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.reportChild");
  return { title: t("title") };
}

/** Anyone, signed in or not, reports an account they believe belongs to a child under 13 (policy S9). */
export default async function ReportChildPage({ searchParams }: Props) {
  const [t, query] = await Promise.all([getTranslations("platformAdmin.reportChild"), searchParams]);
  const errors = (typeof query.errors === "string" ? query.errors.split(",") : []).filter((key): key is ErrorKey => (KNOWN as readonly string[]).includes(key));
  const fieldError = (field: "account" | "reason" | "contact") => {
    const key = errors.find((e) => FIELD_OF[e] === field);
    return key ? t(`errors.${key}`) : undefined;
  };
  const general = errors.find((e) => !FIELD_OF[e]);
  const account = fieldError("account");
  const reason = fieldError("reason");
  const contact = fieldError("contact");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {query.sent === "1" ? (
        <p role="status" className="mt-6 rounded-md bg-green-50 p-3 text-green-800">
          {t("thanks")}
        </p>
      ) : (
        <form action={reportChildAction} className="mt-6 flex flex-col gap-4">
          {general ? (
            <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              {t(`errors.${general}`)}
            </p>
          ) : null}
          <FormField id="account" label={t("accountLabel")} hint={t("accountHint")} error={account}>
            <input name="account" required minLength={3} maxLength={500} autoComplete="off" className={inputClass} {...fieldProps("account", { hint: true, error: account })} />
          </FormField>
          <FormField id="reason" label={t("reasonLabel")} hint={t("reasonHint")} error={reason}>
            <textarea name="reason" required minLength={10} maxLength={2000} rows={5} className={inputClass} {...fieldProps("reason", { hint: true, error: reason })} />
          </FormField>
          <FormField id="contact" label={t("contactLabel")} hint={t("contactHint")} error={contact}>
            <input name="contact" maxLength={200} autoComplete="email" className={inputClass} {...fieldProps("contact", { hint: true, error: contact })} />
          </FormField>
          <div>
            <Button type="submit">{t("submit")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
