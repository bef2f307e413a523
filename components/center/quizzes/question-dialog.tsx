"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/http/action-result";
import type { AddQuestionInput, UpdateQuestionInput } from "@/lib/quizzes/authoring/quiz-input";
import { QuestionForm } from "./question-form";
import { NEW_QUESTION, type QuestionFormValues } from "./question-form-values";

type Saved = ActionResult<{ id: string }>;

/** "Add question" to a pool: the question form in a dialog. */
export function AddQuestionDialog({ poolId, save }: { poolId: string; save: (input: AddQuestionInput) => Promise<Saved> }) {
  const t = useTranslations("centerQuizzes.questions");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen} title={t("addTitle")} trigger={<Button size="sm">{t("add")}</Button>}>
      <QuestionForm mode="add" idPrefix={`add-${poolId}`} poolId={poolId} initial={NEW_QUESTION} save={save} onDone={() => setOpen(false)} />
    </Dialog>
  );
}

/** "Edit" a question: the same form, filled in, in a dialog. */
export function EditQuestionDialog({ questionId, initial, save }: { questionId: string; initial: QuestionFormValues; save: (input: UpdateQuestionInput) => Promise<Saved> }) {
  const t = useTranslations("centerQuizzes.questions");
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("editTitle")}
      trigger={
        <Button variant="secondary" size="sm">
          {t("edit")}
        </Button>
      }
    >
      <QuestionForm mode="edit" idPrefix={`edit-${questionId}`} initial={initial} save={save} onDone={() => setOpen(false)} />
    </Dialog>
  );
}
