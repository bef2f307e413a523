import type { BuiltCourse, DemoContext } from "./context.ts";
import { DAY, HOUR, MINUTE, addMs } from "./time.ts";

// 19:00 in Myanmar (UTC+06:30): after work, when most live classes happen.
const EVENING_UTC_MS = 12 * HOUR + 30 * MINUTE;

/** Start of the real current day (UTC) plus `days`, at 19:00 Myanmar time. */
function eveningOf(now: Date, days: number): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight + days * DAY + EVENING_UTC_MS);
}

/**
 * Live classes on every course marked `live`: one past (ENDED) and one or two upcoming. These are
 * placed relative to the real clock so that "upcoming" stays upcoming; everything else is fixed.
 */
export function buildLiveClasses(ctx: DemoContext): void {
  const usedMeetingIds = new Set<string>();
  for (const course of ctx.courses) {
    if (!course.live || !course.published) continue;
    const offsets = [-ctx.live.int(2, 20), ctx.live.int(1, 14)];
    if (ctx.live.chance(0.5)) offsets.push(ctx.live.int(15, 30));
    offsets.forEach((days, index) => addLiveClass(ctx, course, eveningOf(ctx.now, days), index, usedMeetingIds));
  }
}

function addLiveClass(ctx: DemoContext, course: BuiltCourse, startsAt: Date, index: number, used: Set<string>): void {
  const rng = ctx.live;
  const minutes = rng.pick([60, 60, 90]);
  const endsAt = addMs(startsAt, minutes * MINUTE);
  const ended = endsAt.getTime() < ctx.now.getTime();
  let meetingId = "";
  do meetingId = `${rng.pick(["8", "9"])}${rng.digits(10)}`;
  while (used.has(meetingId));
  used.add(meetingId);

  const section = index === 0 ? undefined : course.sections[(index - 1) % course.sections.length];
  const title: [string | null, string | null] = section
    ? [section.titleEn && `Live workshop: ${section.titleEn}`, section.titleMy && `တိုက်ရိုက် အလုပ်ရုံဆွေးနွေးပွဲ - ${section.titleMy}`]
    : [course.titleEn && `Live Q&A: ${course.titleEn}`, course.titleMy && `တိုက်ရိုက် မေးဖြေပွဲ - ${course.titleMy}`];
  const createdAt = addMs(startsAt, -rng.int(5, 12) * DAY);
  const id = rng.uuid(createdAt);
  ctx.rows.liveClasses.push({
    id,
    centerId: course.center.id,
    courseId: course.id,
    sectionId: section?.id ?? null,
    hostInstructorId: course.instructors[0]?.profileId ?? null,
    titleEn: title[0],
    titleMy: title[1],
    descriptionEn: course.titleEn ? "Bring your questions for the instructor. Enrolled students join from the course page." : null,
    descriptionMy: course.titleMy ? "ဆရာ/ဆရာမထံ မေးလိုသည့် မေးခွန်းများ ယူဆောင်ခဲ့ပါ။ သင်တန်းအပ်ထားသော ကျောင်းသားများ သင်တန်းစာမျက်နှာမှ ဝင်ရောက်နိုင်ပါသည်။" : null,
    startsAt,
    endsAt,
    status: ended ? "ENDED" : "SCHEDULED",
    zoomMeetingId: meetingId,
    zoomJoinUrl: `https://zoom.us/j/${meetingId}`,
    zoomStartUrl: `https://zoom.us/s/${meetingId}?zak=${rng.hex(48)}`,
    zoomPassword: rng.alnum(6),
    startedAt: ended ? addMs(startsAt, rng.int(0, 5) * MINUTE) : null,
    endedAt: ended ? addMs(endsAt, rng.int(-5, 10) * MINUTE) : null,
    reminderSentAt: ended ? addMs(startsAt, -HOUR) : null,
    createdAt,
  });
  ctx.liveClasses.push({ id, course, startsAt, endsAt, ended });
}
