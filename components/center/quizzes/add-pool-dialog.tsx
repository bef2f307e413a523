"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { mappedResolver } from "@/components/center/courses/mapped-resolver";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { addQuizPoolInput, type AddQuizPoolInput } from "@/lib/quizzes/authoring/quiz-pool-input";
import { applyCodedError, useErrorAt } from "./action-errors";
import type { QuizEditorActions } from "./quiz-editor-actions";
import { textOrNull, typedInt } from "./typed-number";
import { FormError } from "@/components/ui/form-error";

type Values = { titleEn: string; titleMy: string; drawCount: string };
const FIELDS = [
  { name: "titleEn", hint: undefined },
  { name: "titleMy", hint: undefined },
  { name: "drawCount", hint: "drawCountHint" },
] as const;

/** "Add pool": a new pool of the course that this quiz draws from (all, or N questions per attempt). */
export function AddPoolDialog({ quizId, save }: { quizId: string; save: QuizEditorActions["addPool"] }) {
  const t = useTranslations("centerQuizzes.pools");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<Values, unknown, AddQuizPoolInput>({
    resolver: mappedResolver(addQuizPoolInput, (v: Values) => ({ quizId, titleEn: textOrNull(v.titleEn), titleMy: textOrNull(v.titleMy), drawCount: typedInt(v.drawCount) })),
    defaultValues: { titleEn: "", titleMy: "", drawCount: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const errorAt = useErrorAt("centerQuizzes.validation", errors);

  const onSubmit = form.handleSubmit(async (input) => {
    const result = await save(input);
    if (!result.ok) return applyCodedError(form.setError, result.error);
    form.reset();
    setOpen(false);
    router.refresh();
  });

  return (
    <Dialog open={open} onOpenChange={setOpen} title={t("addTitle")} trigger={<Button variant="secondary">{t("add")}</Button>}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {FIELDS.map(({ name, hint }) => {
          const id = `new-pool-${name}`;
          const error = errorAt(name);
          return (
            <FormField key={name} id={id} label={t(name)} hint={hint ? t(hint) : undefined} error={error}>
              <input {...fieldProps(id, { hint: Boolean(hint), error })} {...form.register(name)} inputMode={name === "drawCount" ? "numeric" : undefined} className={inputClass} />
            </FormField>
          );
        })}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isSubmitting}>
            {t("create")}
          </Button>
          <FormError message={errors.root?.server?.message} />
        </div>
      </form>
    </Dialog>
  );
}
