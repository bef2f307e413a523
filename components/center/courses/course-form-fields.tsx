"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import type { CourseFormValues } from "./course-form-values";

type Props = {
  form: UseFormReturn<CourseFormValues, unknown, object>;
  categories: { id: string; name: string }[];
  canPrice: boolean;
};

// Field → the translated message shown for any error on it (zod's own messages are English).
const ERROR_KEY: Partial<Record<keyof CourseFormValues, string>> = {
  titleEn: "title",
  titleMy: "title",
  summaryEn: "summary",
  summaryMy: "summary",
  descriptionEn: "description",
  descriptionMy: "description",
  coverImageUrl: "coverImageUrl",
  categoryId: "categoryId",
  priceAmount: "priceAmount",
  currency: "currency",
};

const LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED", "ALL_LEVELS"] as const;
const LANGUAGES = ["MY", "EN", "BILINGUAL"] as const;

/** The inputs of the course form, both languages side by side (stacked on a phone). */
export function CourseFormFields({ form, categories, canPrice }: Props) {
  const t = useTranslations("centerCourses");
  const errors = form.formState.errors;
  const errorOf = (name: keyof CourseFormValues) => (errors[name] && ERROR_KEY[name] ? t(`errors.${ERROR_KEY[name]}` as "errors.title") : undefined);
  const field = (name: keyof CourseFormValues, hint = false) => ({ ...fieldProps(`course-${name}`, { hint, error: errorOf(name) }), ...form.register(name) });
  const text = (name: keyof CourseFormValues, label: string, options: { hint?: string; multiline?: boolean; type?: string } = {}) => (
    <FormField id={`course-${name}`} label={label} hint={options.hint} error={errorOf(name)}>
      {options.multiline ? (
        <textarea rows={5} className={inputClass} {...field(name, Boolean(options.hint))} />
      ) : (
        <input type={options.type ?? "text"} className={inputClass} {...field(name, Boolean(options.hint))} />
      )}
    </FormField>
  );

  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("form.detailsHeading")}</legend>
        {text("titleEn", t("form.titleEn"), { hint: t("form.titleHint") })}
        {text("titleMy", t("form.titleMy"))}
        {text("summaryEn", t("form.summaryEn"))}
        {text("summaryMy", t("form.summaryMy"))}
        {text("descriptionEn", t("form.descriptionEn"), { multiline: true })}
        {text("descriptionMy", t("form.descriptionMy"), { multiline: true })}
        <FormField id="course-categoryId" label={t("form.category")} error={errorOf("categoryId")}>
          <select className={inputClass} {...field("categoryId")}>
            <option value="">{t("form.chooseCategory")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="course-level" label={t("form.level")}>
          <select className={inputClass} {...field("level")}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`level.${level}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="course-language" label={t("form.language")}>
          <select className={inputClass} {...field("language")}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </FormField>
        {text("coverImageUrl", t("form.coverImageUrl"), { hint: t("form.coverHint"), type: "url" })}
      </fieldset>
      {canPrice ? (
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-base font-semibold">{t("form.priceHeading")}</legend>
          {text("priceAmount", t("form.price"), { hint: t("form.priceHint") })}
          <FormField id="course-currency" label={t("form.currency")} error={errorOf("currency")}>
            <select className={inputClass} {...field("currency")}>
              <option value="MMK">{t("currency.MMK")}</option>
              <option value="USD">{t("currency.USD")}</option>
            </select>
          </FormField>
        </fieldset>
      ) : null}
    </>
  );
}
