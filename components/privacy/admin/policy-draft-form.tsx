import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { toMyanmarLocalInput } from "@/lib/privacy/policies/admin/policy-draft-input";
import { POLICY_KINDS, type PolicyKindName } from "@/lib/privacy/policies/kinds";

export type DraftValues = {
  kind: PolicyKindName;
  titleEn: string | null;
  titleMy: string | null;
  bodyEn: string | null;
  bodyMy: string | null;
  changeSummaryEn: string | null;
  changeSummaryMy: string | null;
  effectiveAt: Date | null;
  material: boolean;
};

type Props = {
  action: (formData: FormData) => Promise<void>;
  values: DraftValues;
  /** Only a new draft chooses its policy; a saved draft keeps its kind. */
  chooseKind: boolean;
  submit: "create" | "save";
};

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

/** The operator's bilingual draft form (a plain form: works without JavaScript). */
export async function PolicyDraftForm({ action, values, chooseKind, submit }: Props) {
  const [t, tKinds] = await Promise.all([getTranslations("policies.admin.form"), getTranslations("policies.kinds")]);
  const text = (name: "titleEn" | "titleMy", lang: "en" | "my") => (
    <label className="block text-sm font-medium">
      {t(name)}
      <input name={name} lang={lang} required maxLength={200} defaultValue={values[name] ?? ""} className={input} />
    </label>
  );
  const area = (name: "bodyEn" | "bodyMy" | "changeSummaryEn" | "changeSummaryMy", lang: "en" | "my", rows: number, required: boolean) => (
    <label className="block text-sm font-medium">
      {t(name)}
      <textarea name={name} lang={lang} rows={rows} required={required} maxLength={required ? 100_000 : 2000} defaultValue={values[name] ?? ""} className={`${input} font-mono text-xs`} />
    </label>
  );
  return (
    <form action={action} className="mt-6 max-w-4xl space-y-4" data-testid="policy-draft-form">
      {chooseKind ? (
        <label className="block text-sm font-medium">
          {t("kind")}
          <select name="kind" defaultValue={values.kind} className={input}>
            {POLICY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tKinds(kind)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {text("titleEn", "en")}
        {text("titleMy", "my")}
        {area("bodyEn", "en", 16, true)}
        {area("bodyMy", "my", 16, true)}
        {area("changeSummaryEn", "en", 3, false)}
        {area("changeSummaryMy", "my", 3, false)}
      </div>
      <label className="block text-sm font-medium">
        {t("effectiveAt")}
        <input type="datetime-local" name="effectiveAt" required defaultValue={values.effectiveAt ? toMyanmarLocalInput(values.effectiveAt) : ""} className={input} />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="material" defaultChecked={values.material} />
        {t("material")}
      </label>
      <Button type="submit">{t(submit)}</Button>
    </form>
  );
}
