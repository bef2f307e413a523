import { getTranslations } from "next-intl/server";
import { knownError } from "@/lib/privacy/policies/admin/action-outcome";
import { NOTICE_DAYS } from "@/lib/privacy/policies/kinds";

const DONE = ["created", "saved", "published", "discarded"] as const;
const FIELD = /^[A-Za-z]+$/;

type Props = { done?: string; error?: string; fields?: string };

/** The outcome a plain-form redirect carried back (?done= / ?error= / ?fields=), in the operator's language. */
export async function PolicyAdminNotice({ done, error, fields }: Props) {
  const t = await getTranslations("policies.admin");
  const tForm = await getTranslations("policies.admin.form");
  const doneKey = DONE.find((key) => key === done);
  const errorKey = knownError(error);
  if (doneKey) {
    return (
      <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">
        {t(`done.${doneKey}`)}
      </p>
    );
  }
  if (!errorKey) return null;
  const formFields = new Set(["kind", "titleEn", "titleMy", "bodyEn", "bodyMy", "changeSummaryEn", "changeSummaryMy", "effectiveAt", "material"]);
  const names = (fields ?? "")
    .split(",")
    .filter((field) => FIELD.test(field) && formFields.has(field))
    .map((field) => tForm(field as "kind"))
    .join(", ");
  return (
    <p role="alert" className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900" data-error={errorKey}>
      {t(`errors.${errorKey}`, { days: NOTICE_DAYS, fields: names || "—" })}
    </p>
  );
}
