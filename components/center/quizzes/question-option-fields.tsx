"use client";

import { useTranslations } from "next-intl";
import { useWatch, type FieldArrayWithId, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { fieldProps, inputClass } from "@/components/ui/form-field";
import type { QuestionFormValues, QuestionType } from "./question-form-values";

type Props = {
  form: UseFormReturn<QuestionFormValues, unknown, unknown>;
  fields: FieldArrayWithId<QuestionFormValues, "options", "key">[];
  type: QuestionType;
  idPrefix: string;
  errorAt: (path: string) => string | undefined;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

const MAX_OPTIONS = 10;

/**
 * The options of a question, each with its texts and a "Correct" mark: a radio for single choice
 * and true/false (one correct answer), a checkbox for multiple choice. True/false has exactly two.
 */
export function QuestionOptionFields({ form, fields, type, idPrefix, errorAt, onAdd, onRemove }: Props) {
  const t = useTranslations("centerQuizzes.questions");
  const values = useWatch({ control: form.control, name: "options" });
  const single = type !== "multiple";
  const fixed = type === "trueFalse";
  const listError = errorAt("options");

  const mark = (index: number, checked: boolean) => {
    if (!single) return form.setValue(`options.${index}.isCorrect`, checked, { shouldDirty: true });
    values.forEach((_, i) => form.setValue(`options.${i}.isCorrect`, i === index, { shouldDirty: true }));
  };

  return (
    <fieldset className="grid gap-3" aria-describedby={`${idPrefix}-options-hint${listError ? ` ${idPrefix}-options-error` : ""}`}>
      <legend className="text-sm font-medium text-slate-800">{t("options")}</legend>
      <p id={`${idPrefix}-options-hint`} className="text-xs text-slate-500">
        {t("optionsHint")}
      </p>
      {fields.map((field, index) => {
        const n = index + 1;
        const idEn = `${idPrefix}-option-${index}-en`;
        const idMy = `${idPrefix}-option-${index}-my`;
        const errorEn = errorAt(`options.${index}.textEn`);
        const errorMy = errorAt(`options.${index}.textMy`);
        return (
          <div key={field.key} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_auto]">
            <div className="flex flex-col gap-1 text-sm">
              <label htmlFor={idEn} className="font-medium">
                {t("optionEn", { n })}
              </label>
              <input {...fieldProps(idEn, { error: errorEn })} {...form.register(`options.${index}.textEn`)} className={inputClass} />
              {errorEn ? <p id={`${idEn}-error`} role="alert" className="text-xs text-red-700">{errorEn}</p> : null}
            </div>
            <div className="flex flex-col gap-1 text-sm">
              <label htmlFor={idMy} className="font-medium">
                {t("optionMy", { n })}
              </label>
              <input {...fieldProps(idMy, { error: errorMy })} {...form.register(`options.${index}.textMy`)} className={inputClass} />
              {errorMy ? <p id={`${idMy}-error`} role="alert" className="text-xs text-red-700">{errorMy}</p> : null}
            </div>
            <div className="flex items-center gap-3 sm:flex-col sm:items-start sm:justify-end">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type={single ? "radio" : "checkbox"}
                  name={single ? `${idPrefix}-correct` : undefined}
                  checked={Boolean(values[index]?.isCorrect)}
                  onChange={(e) => mark(index, e.target.checked)}
                />
                {t("correct")}
              </label>
              {!fixed && fields.length > 2 ? (
                <Button variant="ghost" size="sm" onClick={() => onRemove(index)} aria-label={t("removeOption", { n })}>
                  <span aria-hidden="true">✕</span>
                </Button>
              ) : null}
            </div>
          </div>
        );
      })}
      {listError ? (
        <p id={`${idPrefix}-options-error`} role="alert" className="text-xs text-red-700">
          {listError}
        </p>
      ) : null}
      {!fixed && fields.length < MAX_OPTIONS ? (
        <div>
          <Button variant="secondary" size="sm" onClick={onAdd}>
            {t("addOption")}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
