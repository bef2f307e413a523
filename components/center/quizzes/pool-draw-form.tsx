"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { mappedResolver } from "@/components/center/courses/mapped-resolver";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/http/action-result";
import { setPoolDrawInput, type SetPoolDrawInput } from "@/lib/quizzes/authoring/quiz-input";
import { applyCodedError, useErrorAt } from "./action-errors";
import { typedInt } from "./typed-number";

type Values = { drawCount: string };
type Props = { quizId: string; poolId: string; drawCount: number | null; save: (input: SetPoolDrawInput) => Promise<ActionResult<{ id: string }>> };

/** How many questions each attempt draws from this pool (blank: all of them). */
export function PoolDrawForm({ quizId, poolId, drawCount, save }: Props) {
  const t = useTranslations("centerQuizzes.pools");
  const router = useRouter();
  const form = useForm<Values, unknown, SetPoolDrawInput>({
    resolver: mappedResolver(setPoolDrawInput, (values: Values) => ({ quizId, poolId, drawCount: typedInt(values.drawCount) })),
    defaultValues: { drawCount: drawCount === null ? "" : String(drawCount) },
  });
  const { errors, isSubmitting } = form.formState;
  const errorAt = useErrorAt("centerQuizzes.validation", errors);
  const id = `draw-${poolId}`;
  const error = errorAt("drawCount") ?? errorAt("poolId") ?? errors.root?.server?.message;

  const onSubmit = form.handleSubmit(async (input) => {
    const result = await save(input);
    if (!result.ok) return applyCodedError(form.setError, result.error);
    form.reset(form.getValues());
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <FormField id={id} label={t("drawCount")} hint={t("drawCountHint")} error={error}>
        <input {...fieldProps(id, { hint: true, error })} {...form.register("drawCount")} inputMode="numeric" className={`${inputClass} w-28`} />
      </FormField>
      <Button type="submit" variant="secondary" size="sm" disabled={isSubmitting} className="mb-6">
        {t("saveDraw")}
      </Button>
    </form>
  );
}
