"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { revokeEnrollmentAction } from "@/app/center/[slug]/students/actions";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { REVOCATION_REASONS, revokeEnrollmentForm, type RevokeEnrollmentForm } from "@/lib/centers/students/student-schemas";
import { studentKeys } from "./student-keys";
import { FormError } from "@/components/ui/form-error";

type Props = { slug: string; centerId: string; enrollmentId: string; courseTitle: string };

/**
 * Ends a student's access to one course: a required reason (logged) and an optional note (kept on
 * the enrollment for staff, never logged), confirmed in a dialog before anything happens.
 */
export function RevokeEnrollmentForm({ slug, centerId, enrollmentId, courseTitle }: Props) {
  const t = useTranslations("centerStudents.revoke");
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<RevokeEnrollmentForm>({ resolver: zodResolver(revokeEnrollmentForm), defaultValues: { enrollmentId, note: "" } });
  const { errors, isSubmitting } = form.formState;
  const ids = { reason: `revoke-reason-${enrollmentId}`, note: `revoke-note-${enrollmentId}` };

  const submit = form.handleSubmit(async (values) => {
    const result = await revokeEnrollmentAction(slug, { ...values, note: values.note?.trim() ? values.note : undefined });
    if (!result.ok) return applyActionError(form.setError, result.error);
    await queryClient.invalidateQueries({ queryKey: studentKeys.all(centerId) });
    router.refresh();
  });

  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-red-800 underline">{t("open")}</summary>
      <form onSubmit={(event) => event.preventDefault()} noValidate className="mt-3 grid gap-3 sm:grid-cols-2" data-testid="revoke-enrollment-form">
        <FormField id={ids.reason} label={t("reason")} error={errors.reason ? t("reasonRequired") : undefined}>
          <select className={inputClass} defaultValue="" {...fieldProps(ids.reason, { error: errors.reason?.message })} {...form.register("reason")}>
            <option value="" disabled>
              {t("chooseReason")}
            </option>
            {REVOCATION_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reasons.${reason}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={ids.note} label={t("note")} hint={t("noteHint")} error={errors.note ? t("noteTooLong") : undefined}>
          <textarea rows={2} maxLength={500} className={inputClass} {...fieldProps(ids.note, { hint: true, error: errors.note?.message })} {...form.register("note")} />
        </FormField>
        <div className="sm:col-span-2 flex flex-wrap items-center gap-3">
          <ConfirmDialog
            trigger={
              <Button variant="danger" size="sm" disabled={isSubmitting}>
                {t("submit")}
              </Button>
            }
            title={t("confirmTitle")}
            description={t("confirmBody", { course: courseTitle })}
            confirmLabel={t("confirm")}
            cancelLabel={t("cancel")}
            onConfirm={() => void submit()}
            destructive
          />
          <FormError message={errors.root?.server?.message} className="text-red-700" />
        </div>
      </form>
    </details>
  );
}
