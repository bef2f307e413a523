import type { ScheduleLiveClassInput, UpdateLiveClassInput } from "@/lib/live-classes/live-class-input";
import { typedInt } from "@/components/center/quizzes/typed-number";

// The schedule/edit form holds strings; these pure functions turn them into the input of the SAME
// zod schemas the server parses. The start is typed in Myanmar time, whatever the browser's zone.

/** Myanmar Standard Time is UTC+06:30 all year (no daylight saving). */
const MYANMAR_OFFSET_MS = 390 * 60_000;

export type LiveClassFormValues = { titleEn: string; titleMy: string; startsAt: string; durationMinutes: string };

/** A `datetime-local` value read as Myanmar time; an invalid Date when blank or malformed (the schema reports it). */
export function fromMyanmarLocal(text: string): Date {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text.trim()) ? new Date(`${text.trim()}:00+06:30`) : new Date(Number.NaN);
}

/** A moment as the `datetime-local` value in Myanmar time. */
export function toMyanmarLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + MYANMAR_OFFSET_MS).toISOString().slice(0, 16);
}

const optionalText = (text: string) => (text.trim() === "" ? undefined : text);

export function toScheduleInput(courseId: string, values: LiveClassFormValues): ScheduleLiveClassInput {
  return {
    courseId,
    titleEn: optionalText(values.titleEn),
    titleMy: optionalText(values.titleMy),
    startsAt: fromMyanmarLocal(values.startsAt),
    durationMinutes: typedInt(values.durationMinutes) ?? Number.NaN,
  };
}

/** The edit input; a title left blank stays as it is (the schema has no way to clear one). */
export function toUpdateInput(values: LiveClassFormValues): UpdateLiveClassInput {
  const { titleEn, titleMy, startsAt, durationMinutes } = toScheduleInput("", values);
  return { titleEn, titleMy, startsAt, durationMinutes };
}

export const NEW_LIVE_CLASS: LiveClassFormValues = { titleEn: "", titleMy: "", startsAt: "", durationMinutes: "60" };
