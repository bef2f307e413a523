"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { EditorPoolDto } from "@/lib/quizzes/authoring/get-quiz-for-editing";
import { ActionErrorText } from "./action-error-text";
import { AddQuestionDialog } from "./question-dialog";
import { PoolDrawForm } from "./pool-draw-form";
import { QuestionItem } from "./question-item";
import type { QuizEditorActions } from "./quiz-editor-actions";
import { useActionRunner } from "./use-action-runner";

type Props = { quizId: string; pool: EditorPoolDto; actions: QuizEditorActions | null };

/** A pool the quiz draws from: its draw count, its questions, and (for authors) the controls. */
export function PoolCard({ quizId, pool, actions }: Props) {
  const t = useTranslations("centerQuizzes.pools");
  const locale = useLocale() as Locale;
  const { run, error, pending } = useActionRunner();
  const title = localized(pool.titleEn, pool.titleMy, locale) || t("untitled");
  const count = pool.questions.length;
  return (
    <section className="rounded-lg border border-slate-300 p-4" aria-label={title} data-testid="quiz-pool">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{title}</h3>
        <p className="text-sm text-slate-600">
          {t("questionCount", { count })} · {pool.drawCount === null || pool.drawCount >= count ? t("drawAll") : t("drawSome", { count: pool.drawCount })}
        </p>
      </div>
      {actions ? (
        <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
          <PoolDrawForm quizId={quizId} poolId={pool.id} drawCount={pool.drawCount} save={actions.setPoolDraw} />
          <div className="mb-6 flex flex-wrap gap-2">
            <AddQuestionDialog poolId={pool.id} save={actions.addQuestion} />
            <ConfirmDialog
              trigger={
                <Button variant="secondary" size="sm" disabled={pending}>
                  {t("remove")}
                </Button>
              }
              title={t("removeTitle")}
              description={t("removeBody")}
              confirmLabel={t("confirmRemove")}
              cancelLabel={t("cancel")}
              onConfirm={() => run(() => actions.removePoolDraw({ quizId, poolId: pool.id }))}
            />
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
              onConfirm={() => run(() => actions.deletePool(pool.id))}
              destructive
            />
          </div>
        </div>
      ) : null}
      <ActionErrorText error={error} />
      {count === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("noQuestions")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {pool.questions.map((question, index) => (
            <QuestionItem key={question.id} question={question} number={index + 1} actions={actions} />
          ))}
        </ol>
      )}
    </section>
  );
}
