"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createCourseAction, updateCourseAction } from "@/app/center/[slug]/courses/actions";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { createCourseInput, updateCourseInput } from "@/lib/authoring/schemas";
import { CourseFormFields } from "./course-form-fields";
import { toCreateCourseInput, toUpdateCourseInput, type CourseFormValues } from "./course-form-values";
import { mappedResolver } from "./mapped-resolver";
import { FormError } from "@/components/ui/form-error";

type Category = { id: string; name: string };

type Props = {
  slug: string;
  categories: Category[];
  defaults: CourseFormValues;
  /** Absent for a new course. */
  courseId?: string;
  /** `course.price`: shows the price fields (else the price is shown read-only by the page). */
  canPrice: boolean;
};

/** The course details form (new and edit), validated by the server's own zod schema. */
export function CourseForm({ slug, categories, defaults, courseId, canPrice }: Props) {
  const t = useTranslations("centerCourses.form");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const resolver = courseId
    ? mappedResolver(updateCourseInput, (values: CourseFormValues) => toUpdateCourseInput(courseId, values, { withPrice: canPrice }))
    : mappedResolver(createCourseInput, toCreateCourseInput);
  const form = useForm<CourseFormValues, unknown, object>({ defaultValues: defaults, resolver: resolver as never });
  const { formState } = form;

  const submit = form.handleSubmit(async () => {
    setSaved(false);
    const values = form.getValues();
    if (!courseId) {
      const result = await createCourseAction(slug, toCreateCourseInput(values));
      if (!result.ok) return applyActionError(form.setError, result.error);
      router.push(`/center/${encodeURIComponent(slug)}/courses/${result.data.courseId}`);
      return;
    }
    const result = await updateCourseAction(slug, toUpdateCourseInput(courseId, values, { withPrice: canPrice }));
    if (!result.ok) return applyActionError(form.setError, result.error);
    setSaved(true);
    form.reset(values);
    router.refresh();
  });

  const busy = formState.isSubmitting;
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <CourseFormFields form={form} categories={categories} canPrice={canPrice} />
      <FormError message={formState.errors.root?.server?.message} className="rounded-md bg-red-50 p-3 text-sm text-red-800" />
      {saved ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {courseId ? (busy ? t("saving") : t("save")) : busy ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
