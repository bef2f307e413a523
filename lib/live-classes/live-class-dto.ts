import { z } from "zod";

/**
 * A class as its center's staff see it after scheduling or changing it. No `startUrl` and no
 * passcode: the host link has its own function (getHostStartUrl) so it never rides along.
 */
export const staffLiveClassDto = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  sectionId: z.uuid().nullable(),
  titleEn: z.string().nullable(),
  titleMy: z.string().nullable(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: z.enum(["SCHEDULED", "LIVE", "ENDED", "CANCELLED"]),
  zoomMeetingId: z.string().nullable(),
});
export type StaffLiveClassDto = z.infer<typeof staffLiveClassDto>;

export const staffLiveClassSelect = {
  id: true,
  courseId: true,
  sectionId: true,
  titleEn: true,
  titleMy: true,
  startsAt: true,
  endsAt: true,
  status: true,
  zoomMeetingId: true,
} as const;

type StaffRow = { [K in keyof typeof staffLiveClassSelect]: K extends "startsAt" | "endsAt" ? Date : StaffLiveClassDto[K] };

export function toStaffLiveClassDto(row: StaffRow): StaffLiveClassDto {
  return { ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() };
}

/** An upcoming class in the student's list: never a join link (that is `POST …/join`). */
export const myLiveClassDto = z
  .object({
    id: z.uuid(),
    title: z.string().meta({ description: "The class title in the language of Accept-Language, else the course title." }),
    course: z.object({ id: z.uuid(), title: z.string() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    status: z.enum(["SCHEDULED", "LIVE"]),
    joinOpensAt: z.iso.datetime().meta({ description: "From this time `POST /api/v1/live-classes/{id}/join` gives the link." }),
    canJoinNow: z.boolean(),
  })
  .meta({ id: "MyLiveClass" });
export type MyLiveClassDto = z.input<typeof myLiveClassDto>;

export const joinLiveClassResult = z.object({ joinUrl: z.url() }).meta({ id: "LiveClassJoin" });
