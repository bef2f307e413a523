"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { BODY_MAX, TITLE_MAX, type CreateAnnouncementInput, type CreateAnnouncementValues } from "@/lib/notifications/announcements/announcement-schemas";
import { useErrorText } from "./use-error-text";

type Form = UseFormReturn<CreateAnnouncementInput, unknown, CreateAnnouncementValues>;

/** Title and message in one language (English or Burmese); both or neither. */
export function LanguageFields({ form, language }: { form: Form; language: "En" | "My" }) {
  const t = useTranslations("centerNotifications.composer");
  const errorText = useErrorText();
  const titleName = `title${language}` as const;
  const bodyName = `body${language}` as const;
  const titleError = errorText(form.formState.errors[titleName]?.message);
  const bodyError = errorText(form.formState.errors[bodyName]?.message);
  const lang = language === "My" ? "my" : "en";
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t(language === "My" ? "burmese" : "english")}</legend>
      <FormField id={titleName} label={t("titleLabel")} error={titleError}>
        <input type="text" lang={lang} maxLength={TITLE_MAX * 2} className={inputClass} {...fieldProps(titleName, { error: titleError })} {...form.register(titleName)} />
      </FormField>
      <FormField id={bodyName} label={t("bodyLabel")} error={bodyError}>
        <textarea rows={5} lang={lang} maxLength={BODY_MAX * 2} className={inputClass} {...fieldProps(bodyName, { error: bodyError })} {...form.register(bodyName)} />
      </FormField>
    </fieldset>
  );
}
