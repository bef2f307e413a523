"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { grantEnrollmentAction } from "@/app/center/[slug]/students/actions";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { GRANT_REASONS, grantEnrollmentForm, type GrantEnrollmentForm } from "@/lib/centers/students/student-schemas";
import { studentKeys } from "./student-keys";
import { FormError } from "@/components/ui/form-error";

type Props = {
  slug: string;
  centerId: string;
  userId: string;
  /** The courses this student does not hold yet. */
  courses: { id: string; title: string }[];
  /** Called after a grant (the dialog closes, the page refreshes). */
  onGranted?: () => void;
};

/** Gives a student a course without an order: course and reason (the reason goes into the activity log). */
export function GrantEnrollmentForm({ slug, centerId, userId, courses, onGranted }: Props) {
  const t = useTranslations("centerStudents.grant");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<"granted" | "alreadyEnrolled" | null>(null);
  // Remounting the fields after a grant clears the selects (uncontrolled, registered by react-hook-form).
  const [round, setRound] = useState(0);
  const form = useForm<GrantEnrollmentForm>({ resolver: zodResolver(grantEnrollmentForm), defaultValues: { userId, courseId: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setDone(null);
    const result = await grantEnrollmentAction(slug, values);
    if (!result.ok) return applyActionError(form.setError, result.error);
    setDone(result.data.created ? "granted" : "alreadyEnrolled");
    form.reset();
    setRound((value) => value + 1);
    await queryClient.invalidateQueries({ queryKey: studentKeys.all(centerId) });
    router.refresh();
    onGranted?.();
  });

  if (courses.length === 0) return <p className="text-sm text-slate-600">{t("noCourses")}</p>;
  return (
    <form key={round} onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2" data-testid="grant-enrollment-form">
      <FormField id="grant-course" label={t("course")} error={errors.courseId ? t("courseRequired") : undefined}>
        <select className={inputClass} {...fieldProps("grant-course", { error: errors.courseId?.message })} {...form.register("courseId")}>
          <option value="">{t("chooseCourse")}</option>
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.title}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="grant-reason" label={t("reason")} hint={t("reasonHint")} error={errors.reason ? t("reasonRequired") : undefined}>
        <select className={inputClass} defaultValue="" {...fieldProps("grant-reason", { hint: true, error: errors.reason?.message })} {...form.register("reason")}>
          <option value="" disabled>
            {t("chooseReason")}
          </option>
          {GRANT_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`reasons.${reason}`)}
            </option>
          ))}
        </select>
      </FormField>
      <div className="sm:col-span-2 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
        {done ? (
          <p role="status" className="text-sm text-emerald-800">
            {t(done)}
          </p>
        ) : null}
        <FormError message={errors.root?.server?.message} />
        {errors.userId ? (
          <p role="alert" className="text-sm text-red-700">
            {t("userMissing")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
