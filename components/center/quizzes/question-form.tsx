"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { mappedResolver } from "@/components/center/courses/mapped-resolver";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/http/action-result";
import { addQuestionInput, updateQuestionInput, type AddQuestionInput, type UpdateQuestionInput } from "@/lib/quizzes/authoring/quiz-input";
import { applyCodedError, useErrorAt } from "./action-errors";
import { QuestionOptionFields } from "./question-option-fields";
import { optionsForType, toAddQuestionInput, toQuestionInput, type QuestionFormValues, type QuestionType } from "./question-form-values";
import { FormError } from "@/components/ui/form-error";

type Saved = ActionResult<{ id: string }>;
export type QuestionFormProps = {
  /** Field ids stay unique when several forms are on the page. */
  idPrefix: string;
  initial: QuestionFormValues;
  onDone: () => void;
} & ({ mode: "add"; poolId: string; save: (input: AddQuestionInput) => Promise<Saved> } | { mode: "edit"; save: (input: UpdateQuestionInput) => Promise<Saved> });

const TYPES: QuestionType[] = ["single", "multiple", "trueFalse"];

/** Adds or edits a question with its options, correct answers and explanation, in both languages. */
export function QuestionForm(props: QuestionFormProps) {
  const t = useTranslations("centerQuizzes.questions");
  const router = useRouter();
  const resolver =
    props.mode === "add"
      ? mappedResolver(addQuestionInput, (values: QuestionFormValues) => toAddQuestionInput(props.poolId, values))
      : mappedResolver(updateQuestionInput, toQuestionInput);
  const form = useForm<QuestionFormValues, unknown, AddQuestionInput | UpdateQuestionInput>({ resolver: resolver as never, defaultValues: props.initial });
  const options = useFieldArray({ control: form.control, name: "options", keyName: "key" });
  const type = useWatch({ control: form.control, name: "type" });
  const { errors, isSubmitting } = form.formState;
  const errorAt = useErrorAt("centerQuizzes.validation", errors);
  const idOf = (name: string) => `${props.idPrefix}-${name}`;

  const onSubmit = form.handleSubmit(async (input) => {
    const result = props.mode === "add" ? await props.save(input as AddQuestionInput) : await props.save(input as UpdateQuestionInput);
    if (!result.ok) return applyCodedError(form.setError, result.error);
    props.onDone();
    router.refresh();
  });

  const changeType = (next: QuestionType) => {
    form.setValue("type", next);
    options.replace(optionsForType(next, form.getValues("options")));
  };

  const text = (name: "promptEn" | "promptMy" | "explanationEn" | "explanationMy", rows: number, hint?: string) => {
    const error = errorAt(name);
    return (
      <FormField id={idOf(name)} label={t(name)} hint={hint} error={error}>
        <textarea {...fieldProps(idOf(name), { hint: Boolean(hint), error })} {...form.register(name)} rows={rows} className={inputClass} />
      </FormField>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" data-testid="question-form">
      <FormField id={idOf("type")} label={t("type")}>
        <select id={idOf("type")} value={type} onChange={(e) => changeType(e.target.value as QuestionType)} className={inputClass}>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`types.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
      {text("promptEn", 3)}
      {text("promptMy", 3)}
      <QuestionOptionFields form={form} fields={options.fields} type={type} idPrefix={props.idPrefix} errorAt={errorAt} onAdd={() => options.append({ textEn: "", textMy: "", isCorrect: false })} onRemove={options.remove} />
      {text("explanationEn", 2, t("explanationHint"))}
      {text("explanationMy", 2)}
      <FormField id={idOf("points")} label={t("points")} error={errorAt("points")}>
        <input {...fieldProps(idOf("points"), { error: errorAt("points") })} {...form.register("points")} inputMode="numeric" className={`${inputClass} w-24`} />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {t("save")}
        </Button>
        <Button variant="secondary" onClick={props.onDone}>
          {t("cancel")}
        </Button>
        <FormError message={errors.root?.server?.message} />
      </div>
    </form>
  );
}
