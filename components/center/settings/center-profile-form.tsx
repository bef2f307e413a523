"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { centerProfileInput, type CenterProfileInput, type CenterProfileValues } from "@/lib/centers/settings/center-profile-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { useErrorText } from "./use-error-text";
import { FormError, FormSaved } from "@/components/ui/form-error";

type Props = {
  initial: CenterProfileInput;
  save: (input: CenterProfileInput) => Promise<ActionResult<CenterProfileValues>>;
};

type FieldName = keyof CenterProfileInput;
const LINES: { name: FieldName; type?: string; hint?: "contactPhoneHint" | "websiteHint"; autoComplete?: string }[] = [
  { name: "nameEn" },
  { name: "nameMy" },
  { name: "contactPhone", type: "tel", hint: "contactPhoneHint", autoComplete: "tel" },
  { name: "contactEmail", type: "email", autoComplete: "email" },
  { name: "websiteUrl", type: "url", hint: "websiteHint", autoComplete: "url" },
];
const TEXTS: { name: FieldName; rows: number }[] = [
  { name: "descriptionEn", rows: 5 },
  { name: "descriptionMy", rows: 5 },
  { name: "addressEn", rows: 2 },
  { name: "addressMy", rows: 2 },
];

/** The center profile form (owners and admins): validated here and again on the server by one schema. */
export function CenterProfileForm({ initial, save }: Props) {
  const t = useTranslations("centerSettings.profile");
  const errorText = useErrorText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<CenterProfileInput, unknown, CenterProfileValues>({ resolver: zodResolver(centerProfileInput), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await save(values);
    if (!result.ok) return applyActionError(form.setError, result.error);
    // Show what the server stored (E.164 phone, Unicode text) and fetch the header's new name.
    form.reset(result.data);
    setSaved(true);
    router.refresh();
  });

  const field = (name: FieldName, hint?: string) => {
    const error = errorText(errors[name]?.message);
    return { id: `center-${name}`, error, props: fieldProps(`center-${name}`, { hint: Boolean(hint), error }) };
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="center-profile-form">
      {LINES.map(({ name, type, hint, autoComplete }) => {
        const f = field(name, hint);
        return (
          <FormField key={name} id={f.id} label={t(name)} hint={hint ? t(hint) : undefined} error={f.error}>
            <input {...f.props} {...form.register(name)} type={type ?? "text"} autoComplete={autoComplete} className={inputClass} />
          </FormField>
        );
      })}
      {TEXTS.map(({ name, rows }) => {
        const f = field(name);
        return (
          <FormField key={name} id={f.id} label={t(name)} error={f.error} className="sm:col-span-2">
            <textarea {...f.props} {...form.register(name)} rows={rows} className={inputClass} />
          </FormField>
        );
      })}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </Button>
        <FormSaved show={saved && !form.formState.isDirty} text={t("saved")} />
        <FormError message={errors.root?.server?.message} />
      </div>
    </form>
  );
}
