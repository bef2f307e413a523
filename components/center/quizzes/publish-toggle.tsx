"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/http/action-result";
import type { UpdateQuizInput } from "@/lib/quizzes/authoring/quiz-input";
import { ActionErrorText } from "./action-error-text";
import { useActionRunner } from "./use-action-runner";

type Props = { published: boolean; save: (input: UpdateQuizInput) => Promise<ActionResult<{ id: string }>> };

/** Publishes a draft quiz (students can then take it), or unpublishes it after a confirmation. */
export function PublishToggle({ published, save }: Props) {
  const t = useTranslations("centerQuizzes.quiz");
  const { run, error, pending } = useActionRunner();
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700" data-testid="quiz-status">
        {published ? t("statusPublished") : t("statusDraft")}
      </p>
      <div>
        {published ? (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" disabled={pending}>
                {t("unpublish")}
              </Button>
            }
            title={t("unpublishTitle")}
            description={t("unpublishBody")}
            confirmLabel={t("unpublish")}
            cancelLabel={t("cancel")}
            onConfirm={() => run(() => save({ published: false }))}
            destructive
          />
        ) : (
          <Button disabled={pending} onClick={() => run(() => save({ published: true }))}>
            {t("publish")}
          </Button>
        )}
      </div>
      <ActionErrorText error={error} />
    </div>
  );
}
