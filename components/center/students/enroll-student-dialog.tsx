"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "@/components/site/intent-link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { findStudentByContactAction } from "@/app/center/[slug]/students/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import type { ContactLookup } from "@/lib/centers/students/student-dto";
import { findUserByContactInput, type FindUserByContactInput } from "@/lib/centers/students/student-schemas";
import { GrantEnrollmentForm } from "./grant-enrollment-form";
import { StudentIdentity } from "./student-identity";
import { FormError } from "@/components/ui/form-error";

type Props = { slug: string; centerId: string; courses: { id: string; title: string }[] };

/**
 * "Enroll a student": find an existing account by its whole phone number or email, then grant it
 * a course with a reason. An unknown contact says so: the person has to sign in to MMSO once first.
 */
export function EnrollStudentDialog({ slug, centerId, courses }: Props) {
  const t = useTranslations("centerStudents.enroll");
  const [open, setOpen] = useState(false);
  const [lookup, setLookup] = useState<ContactLookup | null>(null);
  const [granted, setGranted] = useState(false);
  const form = useForm<FindUserByContactInput>({ resolver: zodResolver(findUserByContactInput), defaultValues: { contact: "" } });
  const { errors, isSubmitting } = form.formState;

  const find = form.handleSubmit(async (values) => {
    setLookup(null);
    setGranted(false);
    const result = await findStudentByContactAction(slug, values);
    if (result.ok) return setLookup(result.data);
    // The server names the field; its text is shown in the reader's language here.
    if (result.error.fields.some((field) => field.path === "contact")) form.setError("contact", { message: t("invalidContact") });
    else form.setError("root.server", { message: result.error.message });
  });
  const reset = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setLookup(null);
      setGranted(false);
      form.reset();
    }
  };

  const found = lookup?.found ? lookup.user : null;
  return (
    <Dialog open={open} onOpenChange={reset} trigger={<Button>{t("open")}</Button>} title={t("title")} description={t("description")}>
      <form onSubmit={find} noValidate className="flex flex-wrap items-end gap-3" data-testid="find-student-form">
        <FormField id="enroll-contact" label={t("contact")} hint={t("contactHint")} error={errors.contact ? (errors.contact.type === "too_small" ? t("contactRequired") : t("invalidContact")) : undefined} className="grow">
          <input type="text" inputMode="email" autoComplete="off" className={inputClass} {...fieldProps("enroll-contact", { hint: true, error: errors.contact?.message })} {...form.register("contact")} />
        </FormField>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {t("find")}
        </Button>
      </form>
      <FormError message={errors.root?.server?.message} className="mt-3 text-sm text-red-700" />
      {lookup && !lookup.found ? (
        <p role="status" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="student-not-found">
          {t("notFound")}
        </p>
      ) : null}
      {found ? (
        <div className="mt-4 space-y-3 border-t border-slate-200 pt-4" data-testid="student-found">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-medium">{found.name?.trim() || t("noName")}</p>
            <StudentIdentity contact={found.contact} />
          </div>
          <GrantEnrollmentForm slug={slug} centerId={centerId} userId={found.userId} courses={courses.filter((course) => !found.activeCourseIds.includes(course.id))} onGranted={() => setGranted(true)} />
          {granted || found.activeCourseIds.length > 0 ? (
            <Link href={`/center/${encodeURIComponent(slug)}/students/${found.userId}`} className="text-sm text-brand-700 underline">
              {t("openStudent")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </Dialog>
  );
}
