"use server";

import { getCenterActionAccess, webClientInfo } from "@/lib/access/center-action";
import { type ActionResult, runAction } from "@/lib/http/action-result";
import { cancelLiveClass } from "@/lib/live-classes/cancel-live-class";
import type { ScheduleLiveClassInput, UpdateLiveClassInput } from "@/lib/live-classes/live-class-input";
import type { StaffLiveClassDto } from "@/lib/live-classes/live-class-dto";
import { scheduleLiveClass } from "@/lib/live-classes/schedule-live-class";
import { updateLiveClass } from "@/lib/live-classes/update-live-class";

// The live-class page's actions: the session decides the access; the use cases check the course
// scope and call Zoom (a Zoom failure answers `unavailable` and changes nothing).

/** Schedules a class and creates its Zoom meeting. */
export async function scheduleLiveClassAction(slug: string, input: ScheduleLiveClassInput): Promise<ActionResult<StaffLiveClassDto>> {
  return runAction(async () => scheduleLiveClass(await getCenterActionAccess(slug), input, await webClientInfo()));
}

/** Moves a scheduled class (the Zoom meeting moves first) or renames it. */
export async function updateLiveClassAction(slug: string, liveClassId: string, input: UpdateLiveClassInput): Promise<ActionResult<StaffLiveClassDto>> {
  return runAction(async () => updateLiveClass(await getCenterActionAccess(slug), liveClassId, input, await webClientInfo()));
}

/** Cancels a scheduled class (Zoom deletion and the students' notice go through the outbox). */
export async function cancelLiveClassAction(slug: string, liveClassId: string): Promise<ActionResult<StaffLiveClassDto>> {
  return runAction(async () => cancelLiveClass(await getCenterActionAccess(slug), liveClassId, await webClientInfo()));
}
