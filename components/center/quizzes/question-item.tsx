"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { EditorQuestionDto } from "@/lib/quizzes/authoring/get-quiz-for-editing";
import { ActionErrorText } from "./action-error-text";
import { EditQuestionDialog } from "./question-dialog";
import { questionTypeOf, toQuestionFormValues } from "./question-form-values";
import type { QuizEditorActions } from "./quiz-editor-actions";
import { useActionRunner } from "./use-action-runner";

type Props = { question: EditorQuestionDto; number: number; actions: QuizEditorActions | null };

/** A question as its author sees it: prompt, options with the correct ones marked, explanation. */
export function QuestionItem({ question, number, actions }: Props) {
  const t = useTranslations("centerQuizzes.questions");
  const locale = useLocale() as Locale;
  const { run, error, pending } = useActionRunner();
  const explanation = localized(question.explanationEn, question.explanationMy, locale);
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="quiz-question">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="font-medium whitespace-pre-line">
          {number}. {localized(question.promptEn, question.promptMy, locale)}
        </p>
        <p className="text-xs text-slate-500">
          {t(`types.${questionTypeOf(question)}`)} · {t("pointsValue", { count: question.points })}
        </p>
      </div>
      <ul className="mt-2 space-y-1 text-sm">
        {question.options.map((option) => (
          <li key={option.id} className={option.isCorrect ? "font-medium text-green-800" : "text-slate-700"}>
            <span aria-hidden="true">{option.isCorrect ? "✓ " : "○ "}</span>
            {localized(option.textEn, option.textMy, locale)}
            {option.isCorrect ? <span className="sr-only"> ({t("correctAnswer")})</span> : null}
          </li>
        ))}
      </ul>
      {explanation ? <p className="mt-2 text-sm whitespace-pre-line text-slate-600">{explanation}</p> : null}
      {actions ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <EditQuestionDialog questionId={question.id} initial={toQuestionFormValues(question)} save={(input) => actions.updateQuestion(question.id, input)} />
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" disabled={pending}>
                {t("delete")}
              </Button>
            }
            title={t("deleteTitle")}
            description={t("deleteBody")}
            confirmLabel={t("confirmDelete")}
            cancelLabel={t("cancel")}
            onConfirm={() => run(() => actions.deleteQuestion(question.id))}
            destructive
          />
        </div>
      ) : null}
      <ActionErrorText error={error} />
    </li>
  );
}
