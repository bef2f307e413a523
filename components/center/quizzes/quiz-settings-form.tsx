"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { mappedResolver } from "@/components/center/courses/mapped-resolver";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/http/action-result";
import { createQuizInput, updateQuizInput, type CreateQuizInput, type UpdateQuizInput } from "@/lib/quizzes/authoring/quiz-input";
import { applyCodedError, useErrorAt } from "./action-errors";
import { NEW_QUIZ, toCreateQuizInput, toQuizFormValues, toQuizInput, type QuizFormValues, type StoredQuiz } from "./quiz-form-values";
import { FormError, FormSaved } from "@/components/ui/form-error";

type Saved = ActionResult<{ id: string }>;
type Props =
  | { mode: "create"; courseId: string; quizzesPath: string; save: (input: CreateQuizInput) => Promise<Saved> }
  | { mode: "edit"; quiz: StoredQuiz; save: (input: UpdateQuizInput) => Promise<Saved> };

const TEXT_FIELDS = [
  { name: "titleEn", path: "titleEn" },
  { name: "titleMy", path: "titleMy" },
] as const;
const LONG_FIELDS = ["descriptionEn", "descriptionMy"] as const;
const NUMBER_FIELDS = [
  { name: "passMarkPercent", path: "passMarkPercent", label: "passMark", hint: undefined },
  { name: "timeLimitMinutes", path: "timeLimitSeconds", label: "timeLimit", hint: "timeLimitHint" },
  { name: "maxAttempts", path: "maxAttempts", label: "maxAttempts", hint: "maxAttemptsHint" },
] as const;

/** A quiz's settings: "Create quiz" (then its page opens) or "Save settings". One schema with the server. */
export function QuizSettingsForm(props: Props) {
  const t = useTranslations("centerQuizzes.form");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const resolver =
    props.mode === "create"
      ? mappedResolver(createQuizInput, (values: QuizFormValues) => toCreateQuizInput(props.courseId, values))
      : mappedResolver(updateQuizInput, toQuizInput);
  const form = useForm<QuizFormValues, unknown, CreateQuizInput | UpdateQuizInput>({
    resolver: resolver as never,
    defaultValues: toQuizFormValues(props.mode === "edit" ? props.quiz : NEW_QUIZ),
  });
  const { errors, isSubmitting } = form.formState;
  const errorAt = useErrorAt("centerQuizzes.validation", errors);

  const onSubmit = form.handleSubmit(async (input) => {
    setSaved(false);
    if (props.mode === "create") {
      const result = await props.save(input as CreateQuizInput);
      if (!result.ok) return applyCodedError(form.setError, result.error);
      router.push(`${props.quizzesPath}/${result.data.id}`);
      return;
    }
    const result = await props.save(input as UpdateQuizInput);
    if (!result.ok) return applyCodedError(form.setError, result.error);
    form.reset(form.getValues());
    setSaved(true);
    router.refresh();
  });

  const idOf = (name: string) => `quiz-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="quiz-settings-form">
      {TEXT_FIELDS.map(({ name, path }) => {
        const error = errorAt(path);
        return (
          <FormField key={name} id={idOf(name)} label={t(name)} hint={name === "titleEn" ? t("titleHint") : undefined} error={error}>
            <input {...fieldProps(idOf(name), { hint: name === "titleEn", error })} {...form.register(name)} className={inputClass} />
          </FormField>
        );
      })}
      {LONG_FIELDS.map((name) => {
        const error = errorAt(name);
        return (
          <FormField key={name} id={idOf(name)} label={t(name)} error={error}>
            <textarea {...fieldProps(idOf(name), { error })} {...form.register(name)} rows={3} className={inputClass} />
          </FormField>
        );
      })}
      <div className="grid gap-4 sm:col-span-2 sm:grid-cols-3">
        {NUMBER_FIELDS.map(({ name, path, label, hint }) => {
          const error = errorAt(path);
          return (
            <FormField key={name} id={idOf(name)} label={t(label)} hint={hint ? t(hint) : undefined} error={error}>
              <input {...fieldProps(idOf(name), { hint: Boolean(hint), error })} {...form.register(name)} inputMode="numeric" className={inputClass} />
            </FormField>
          );
        })}
      </div>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" {...form.register("shuffleQuestions")} />
        {t("shuffle")}
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : props.mode === "create" ? t("create") : t("save")}
        </Button>
        <FormSaved show={saved && !form.formState.isDirty} text={t("saved")} />
        <FormError message={errors.root?.server?.message} />
      </div>
    </form>
  );
}
