"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { createLessonAction, updateLessonAction } from "@/app/center/[slug]/courses/[courseId]/outline-actions";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { createLessonInput, updateLessonInput } from "@/lib/authoring/schemas";
import { mappedResolver } from "./mapped-resolver";
import { toCreateLessonInput, toUpdateLessonInput, type LessonFormValues } from "./outline-form-values";
import { FormError } from "@/components/ui/form-error";

type Props = {
  slug: string;
  /** A new lesson at the end of `sectionId`, or the edit of `lessonId`. */
  target: { sectionId: string } | { lessonId: string };
  defaults: LessonFormValues;
  onDone: () => void;
  onCancel: () => void;
};

const ERRORS: Partial<Record<keyof LessonFormValues, string>> = {
  titleEn: "title",
  titleMy: "title",
  bodyEn: "body",
  bodyMy: "body",
  videoUrl: "videoUrl",
  durationSeconds: "duration",
};

/** Adds or edits a lesson: kind, titles and text in both languages, video and free preview. */
export function LessonForm({ slug, target, defaults, onDone, onCancel }: Props) {
  const t = useTranslations("centerCourses");
  const resolver =
    "sectionId" in target
      ? mappedResolver(createLessonInput, (values: LessonFormValues) => toCreateLessonInput(target.sectionId, values))
      : mappedResolver(updateLessonInput, (values: LessonFormValues) => toUpdateLessonInput(target.lessonId, values));
  const form = useForm<LessonFormValues, unknown, object>({ defaultValues: defaults, resolver: resolver as never });
  const { errors, isSubmitting } = form.formState;
  const idBase = "sectionId" in target ? `new-lesson-${target.sectionId}` : `lesson-${target.lessonId}`;
  const kind = useWatch({ control: form.control, name: "kind" });
  const errorOf = (name: keyof LessonFormValues) => (errors[name] && ERRORS[name] ? t(`errors.${ERRORS[name]}` as "errors.title") : undefined);
  const control = (name: keyof LessonFormValues) => ({ ...fieldProps(`${idBase}-${name}`, { error: errorOf(name) }), ...form.register(name) });

  const submit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result =
      "sectionId" in target
        ? await createLessonAction(slug, toCreateLessonInput(target.sectionId, values))
        : await updateLessonAction(slug, toUpdateLessonInput(target.lessonId, values));
    if (!result.ok) return applyActionError(form.setError, result.error);
    onDone();
  });

  const field = (name: keyof LessonFormValues, label: string, input: "text" | "url" | "textarea" = "text") => (
    <FormField id={`${idBase}-${name}`} label={label} error={errorOf(name)}>
      {input === "textarea" ? <textarea rows={4} className={inputClass} {...control(name)} /> : <input type={input} className={inputClass} {...control(name)} />}
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-2">
      {field("titleEn", t("outline.lessonTitleEn"))}
      {field("titleMy", t("outline.lessonTitleMy"))}
      <FormField id={`${idBase}-kind`} label={t("outline.lessonKind")}>
        <select className={inputClass} {...control("kind")}>
          <option value="TEXT">{t("outline.kind.TEXT")}</option>
          <option value="VIDEO">{t("outline.kind.VIDEO")}</option>
          {/* FILE lessons come from elsewhere (uploads); shown only so an existing one keeps its kind. */}
          {defaults.kind === "FILE" ? <option value="FILE">{t("outline.kind.FILE")}</option> : null}
        </select>
      </FormField>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" {...form.register("isPreview")} />
        {t("outline.preview")}
      </label>
      {kind === "VIDEO" ? (
        <>
          {field("videoUrl", t("outline.videoUrl"), "url")}
          {field("durationSeconds", t("outline.duration"))}
        </>
      ) : null}
      {field("bodyEn", t("outline.bodyEn"), "textarea")}
      {field("bodyMy", t("outline.bodyMy"), "textarea")}
      <FormError message={errors.root?.server?.message} className="text-sm text-red-700 sm:col-span-2" />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {t("outline.saveLesson")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          {t("outline.cancel")}
        </Button>
      </div>
    </form>
  );
}
