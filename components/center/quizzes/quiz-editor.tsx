import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { QuizEditorDto } from "@/lib/quizzes/authoring/get-quiz-for-editing";
import { AddPoolDialog } from "./add-pool-dialog";
import { OtherPoolRow } from "./other-pool-row";
import { PoolCard } from "./pool-card";
import { PublishToggle } from "./publish-toggle";
import type { QuizEditorActions } from "./quiz-editor-actions";
import { QuizSettingsForm } from "./quiz-settings-form";

type Props = { quiz: QuizEditorDto; actions: QuizEditorActions | null; results: ReactNode };

/** The quiz page's body: status, pools with their questions, results, then the settings. */
export async function QuizEditor({ quiz, actions, results }: Props) {
  const [t, tPools] = await Promise.all([getTranslations("centerQuizzes.quiz"), getTranslations("centerQuizzes.pools")]);
  const used = quiz.pools.filter((pool) => pool.inQuiz);
  const others = quiz.pools.filter((pool) => !pool.inQuiz);
  return (
    <>
      <div className="mt-3">
        {actions ? (
          <PublishToggle published={quiz.published} save={actions.updateQuiz} />
        ) : (
          <p className="text-sm text-slate-700" data-testid="quiz-status">
            {quiz.published ? t("statusPublished") : t("statusDraft")} {t("readOnly")}
          </p>
        )}
      </div>

      <section className="mt-8" aria-labelledby="quiz-pools-title">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h3 id="quiz-pools-title" className="text-lg font-semibold">
            {tPools("title")}
          </h3>
          {actions ? <AddPoolDialog quizId={quiz.id} save={actions.addPool} /> : null}
        </div>
        <p className="mt-1 text-sm text-slate-600">{tPools("intro")}</p>
        {used.length === 0 ? <p className="mt-4 text-sm text-slate-700">{tPools("noPools")}</p> : null}
        <div className="mt-4 space-y-4">
          {used.map((pool) => (
            <PoolCard key={pool.id} quizId={quiz.id} pool={pool} actions={actions} />
          ))}
        </div>
        {others.length > 0 ? (
          <div className="mt-6">
            <h4 className="font-medium">{tPools("otherPools")}</h4>
            <p className="text-sm text-slate-600">{tPools("otherIntro")}</p>
            <ul className="mt-2 divide-y divide-slate-100">
              {others.map((pool) => (
                <OtherPoolRow key={pool.id} quizId={quiz.id} pool={pool} actions={actions} />
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {results}

      {actions ? (
        <section className="mt-8" aria-labelledby="quiz-settings-title">
          <h3 id="quiz-settings-title" className="text-lg font-semibold">
            {t("settings")}
          </h3>
          <QuizSettingsForm mode="edit" quiz={quiz} save={actions.updateQuiz} />
        </section>
      ) : null}
    </>
  );
}
