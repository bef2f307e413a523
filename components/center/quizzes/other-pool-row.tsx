"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { EditorPoolDto } from "@/lib/quizzes/authoring/get-quiz-for-editing";
import { ActionErrorText } from "./action-error-text";
import type { QuizEditorActions } from "./quiz-editor-actions";
import { useActionRunner } from "./use-action-runner";

/** A pool of the course this quiz does not draw from yet, with "Use in this quiz" (all its questions). */
export function OtherPoolRow({ quizId, pool, actions }: { quizId: string; pool: EditorPoolDto; actions: QuizEditorActions | null }) {
  const t = useTranslations("centerQuizzes.pools");
  const locale = useLocale() as Locale;
  const { run, error, pending } = useActionRunner();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        {localized(pool.titleEn, pool.titleMy, locale) || t("untitled")} <span className="text-sm text-slate-500">· {t("questionCount", { count: pool.questions.length })}</span>
      </span>
      {actions ? (
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => actions.setPoolDraw({ quizId, poolId: pool.id, drawCount: null }))}>
          {t("use")}
        </Button>
      ) : null}
      <ActionErrorText error={error} />
    </li>
  );
}
