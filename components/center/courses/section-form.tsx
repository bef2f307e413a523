"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { createSectionAction, updateSectionAction } from "@/app/center/[slug]/courses/[courseId]/outline-actions";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { createSectionInput, updateSectionInput } from "@/lib/authoring/schemas";
import { mappedResolver } from "./mapped-resolver";
import { toCreateSectionInput, toUpdateSectionInput, type SectionFormValues } from "./outline-form-values";
import { FormError } from "@/components/ui/form-error";

type Props = {
  slug: string;
  /** A new section of this course, or the rename of `sectionId`. */
  target: { courseId: string } | { sectionId: string };
  defaults?: SectionFormValues;
  onDone: () => void;
  onCancel: () => void;
};

/** Adds or renames a section (both languages), checked by the server's own schema. */
export function SectionForm({ slug, target, defaults = { titleEn: "", titleMy: "" }, onDone, onCancel }: Props) {
  const t = useTranslations("centerCourses");
  const resolver =
    "courseId" in target
      ? mappedResolver(createSectionInput, (values: SectionFormValues) => toCreateSectionInput(target.courseId, values))
      : mappedResolver(updateSectionInput, (values: SectionFormValues) => toUpdateSectionInput(target.sectionId, values));
  const form = useForm<SectionFormValues, unknown, object>({ defaultValues: defaults, resolver: resolver as never });
  const { errors, isSubmitting } = form.formState;
  const idBase = "courseId" in target ? "new-section" : `section-${target.sectionId}`;
  const error = errors.titleEn || errors.titleMy ? t("errors.title") : undefined;

  const submit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result =
      "courseId" in target
        ? await createSectionAction(slug, toCreateSectionInput(target.courseId, values))
        : await updateSectionAction(slug, toUpdateSectionInput(target.sectionId, values));
    if (!result.ok) return applyActionError(form.setError, result.error);
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-2">
      <FormField id={`${idBase}-titleEn`} label={t("outline.sectionTitleEn")} error={errors.titleEn ? error : undefined}>
        <input autoFocus className={inputClass} {...fieldProps(`${idBase}-titleEn`, { error: errors.titleEn ? error : undefined })} {...form.register("titleEn")} />
      </FormField>
      <FormField id={`${idBase}-titleMy`} label={t("outline.sectionTitleMy")} error={errors.titleMy ? error : undefined}>
        <input className={inputClass} {...fieldProps(`${idBase}-titleMy`, { error: errors.titleMy ? error : undefined })} {...form.register("titleMy")} />
      </FormField>
      <FormError message={errors.root?.server?.message} className="text-sm text-red-700 sm:col-span-2" />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {t("outline.saveSection")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          {t("outline.cancel")}
        </Button>
      </div>
    </form>
  );
}
