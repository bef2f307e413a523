"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { createAnnouncementAction } from "@/app/center/[slug]/notifications/actions";
import {
  ANNOUNCEMENT_CHANNELS,
  createAnnouncementInput,
  type AnnouncementChannel,
  type CreateAnnouncementInput,
  type CreateAnnouncementValues,
} from "@/lib/notifications/announcements/announcement-schemas";
import type { AnnouncementCourse } from "@/lib/notifications/announcements/list-announcement-courses";
import { announcementKeys } from "./announcement-keys";
import { LanguageFields } from "./language-fields";
import { RecipientPreview } from "./recipient-preview";
import { useErrorText } from "./use-error-text";

// Preselected: the channels every student has on by default (Telegram reaches linked students only).
const DEFAULT_CHANNELS: AnnouncementChannel[] = ["IN_APP", "PUSH"];

type Props = {
  slug: string;
  centerId: string;
  courses: AnnouncementCourse[];
  initialCourseId: string;
  /** The schedule field's limits, in Myanmar time ("YYYY-MM-DDTHH:mm"), computed by the page. */
  scheduleMin: string;
  scheduleMax: string;
};

/** Compose an announcement to one course's students: languages, channels, now or later. */
export function AnnouncementComposer({ slug, centerId, courses, initialCourseId, scheduleMin, scheduleMax }: Props) {
  const t = useTranslations("centerNotifications");
  const errorText = useErrorText();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<CreateAnnouncementInput, unknown, CreateAnnouncementValues>({
    resolver: zodResolver(createAnnouncementInput),
    defaultValues: { courseId: initialCourseId, titleEn: "", bodyEn: "", titleMy: "", bodyMy: "", channels: DEFAULT_CHANNELS, when: "now", scheduledFor: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const [courseId, when] = useWatch({ control: form.control, name: ["courseId", "when"] });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createAnnouncementAction(slug, values);
    if (!result.ok) {
      applyActionError(form.setError, result.error);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: announcementKeys.all(centerId) });
    router.push(`/center/${encodeURIComponent(slug)}/notifications?notice=${result.data.status.toLowerCase()}`);
  });

  const courseError = errorText(errors.courseId?.message);
  const channelsError = errorText(errors.channels?.message ?? errors.channels?.root?.message);
  const timeError = errorText(errors.scheduledFor?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-5" data-testid="announcement-composer">
      <FormField id="courseId" label={t("composer.course")} error={courseError}>
        <select defaultValue={initialCourseId} className={inputClass} {...fieldProps("courseId", { error: courseError })} {...form.register("courseId")}>
          <option value="">{t("composer.coursePlaceholder")}</option>
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.status === "PUBLISHED" ? course.title : t("composer.courseWithStatus", { title: course.title, status: t(`courseStatus.${course.status}`) })}
            </option>
          ))}
        </select>
      </FormField>
      <RecipientPreview slug={slug} centerId={centerId} courseId={courseId ?? ""} />

      <p className="text-sm text-slate-600">{t("composer.languageHint")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <LanguageFields form={form} language="My" />
        <LanguageFields form={form} language="En" />
      </div>

      <fieldset aria-describedby="channels-hint">
        <legend className="text-sm font-medium">{t("composer.channels")}</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          {ANNOUNCEMENT_CHANNELS.map((channel) => (
            <label key={channel} className="flex items-center gap-2">
              <input type="checkbox" value={channel} defaultChecked={DEFAULT_CHANNELS.includes(channel)} {...form.register("channels")} />
              {t(`channel.${channel}`)}
            </label>
          ))}
        </div>
        <p id="channels-hint" className="mt-1 text-xs text-slate-500">{t("composer.channelsHint")}</p>
        {channelsError ? <p role="alert" className="mt-1 text-xs text-red-700">{channelsError}</p> : null}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium">{t("composer.when")}</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="now" defaultChecked {...form.register("when")} />
            {t("composer.now")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="schedule" {...form.register("when")} />
            {t("composer.schedule")}
          </label>
        </div>
      </fieldset>
      {when === "schedule" ? (
        <FormField id="scheduledFor" label={t("composer.scheduledFor")} hint={t("composer.scheduledForHint")} error={timeError} className="max-w-xs">
          <input type="datetime-local" min={scheduleMin} max={scheduleMax} className={inputClass} {...fieldProps("scheduledFor", { hint: true, error: timeError })} {...form.register("scheduledFor")} />
        </FormField>
      ) : null}

      {errors.root?.server?.message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {errors.root.server.message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("composer.working") : t(when === "schedule" ? "composer.submitSchedule" : "composer.submitNow")}
        </Button>
        <Button variant="secondary" asChild>
          <a href={`/center/${encodeURIComponent(slug)}/notifications`}>{t("composer.back")}</a>
        </Button>
      </div>
    </form>
  );
}
