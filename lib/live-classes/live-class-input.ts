import { z } from "zod";
import { unicodeLine } from "@/lib/text/unicode-schema";

// The schedule and edit schemas, without server code, so the dashboard's forms validate with the
// very schemas the use cases parse (react-hook-form's zodResolver).

// Stored as Unicode (Zawgyi converted), and sent to Zoom as the meeting topic.
const title = unicodeLine().min(1).max(200);

export const scheduleLiveClassInput = z.object({
  courseId: z.uuid(),
  sectionId: z.uuid().optional(),
  titleEn: title.optional(),
  titleMy: title.optional(),
  startsAt: z.coerce.date(),
  durationMinutes: z.number().int().min(15).max(300),
});
export type ScheduleLiveClassInput = z.input<typeof scheduleLiveClassInput>;

export const updateLiveClassInput = scheduleLiveClassInput
  .omit({ courseId: true, sectionId: true })
  .partial()
  .extend({ sectionId: z.uuid().nullable().optional() });
export type UpdateLiveClassInput = z.input<typeof updateLiveClassInput>;
