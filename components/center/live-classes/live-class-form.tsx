"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { mappedResolver } from "@/components/center/courses/mapped-resolver";
import { applyCodedError, useErrorAt } from "@/components/center/quizzes/action-errors";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/http/action-result";
import { scheduleLiveClassInput, updateLiveClassInput, type ScheduleLiveClassInput, type UpdateLiveClassInput } from "@/lib/live-classes/live-class-input";
import { NEW_LIVE_CLASS, toScheduleInput, toUpdateInput, type LiveClassFormValues } from "./live-class-form-values";

type Saved = ActionResult<unknown>;
type Props =
  | { mode: "schedule"; courseId: string; save: (input: ScheduleLiveClassInput) => Promise<Saved> }
  | { mode: "edit"; liveClassId: string; initial: LiveClassFormValues; save: (input: UpdateLiveClassInput) => Promise<Saved> };

const FIELDS = [
  { name: "titleEn", label: "titleEn", type: "text" },
  { name: "titleMy", label: "titleMy", type: "text" },
  { name: "startsAt", label: "startsAt", type: "datetime-local" },
  { name: "durationMinutes", label: "duration", type: "text" },
] as const;

/**
 * "Schedule a class" or "Edit time", in a dialog. Zoom is called on submit; when it cannot be
 * reached the form says so plainly and nothing was changed (the use case calls Zoom first).
 */
export function LiveClassFormDialog(props: Props) {
  const t = useTranslations("centerLiveClasses");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const resolver =
    props.mode === "schedule"
      ? mappedResolver(scheduleLiveClassInput, (values: LiveClassFormValues) => toScheduleInput(props.courseId, values))
      : mappedResolver(updateLiveClassInput, toUpdateInput);
  const form = useForm<LiveClassFormValues, unknown, ScheduleLiveClassInput | UpdateLiveClassInput>({
    resolver: resolver as never,
    defaultValues: props.mode === "edit" ? props.initial : NEW_LIVE_CLASS,
  });
  const { errors, isSubmitting } = form.formState;
  const errorAt = useErrorAt("centerLiveClasses.validation", errors);
  const prefix = props.mode === "edit" ? `edit-${props.liveClassId}` : "schedule";

  const onSubmit = form.handleSubmit(async (input) => {
    const result = props.mode === "schedule" ? await props.save(input as ScheduleLiveClassInput) : await props.save(input as UpdateLiveClassInput);
    if (!result.ok) {
      const { code } = result.error;
      if (code === "unavailable" || code === "provider_error") return form.setError("root.server", { message: t("errors.zoom") });
      if (code === "conflict" && props.mode === "edit") return form.setError("root.server", { message: t("errors.conflict") });
      return applyCodedError(form.setError, result.error);
    }
    form.reset(props.mode === "edit" ? form.getValues() : NEW_LIVE_CLASS);
    setOpen(false);
    router.refresh();
  });

  const texts = props.mode === "schedule" ? { open: t("schedule.open"), title: t("schedule.title"), description: t("schedule.description"), submit: t("schedule.submit") } : { open: t("edit.open"), title: t("edit.title"), description: t("edit.description"), submit: t("edit.submit") };
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={texts.title}
      description={texts.description}
      trigger={
        <Button variant={props.mode === "schedule" ? "primary" : "secondary"} size={props.mode === "schedule" ? "md" : "sm"}>
          {texts.open}
        </Button>
      }
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4" data-testid="live-class-form">
        {FIELDS.map(({ name, label, type }) => {
          const id = `${prefix}-${name}`;
          const error = errorAt(name);
          return (
            <FormField key={name} id={id} label={t(`schedule.${label}`)} error={error}>
              <input {...fieldProps(id, { error })} {...form.register(name)} type={type} inputMode={name === "durationMinutes" ? "numeric" : undefined} className={inputClass} />
            </FormField>
          );
        })}
        <p className="text-xs text-slate-500">{t("list.timeNote")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("schedule.saving") : texts.submit}
          </Button>
          {errors.root?.server ? (
            <p role="alert" className="text-sm text-red-700" data-testid="live-class-form-error">
              {errors.root.server.message}
            </p>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
