"use server";

import { redirect } from "next/navigation";
import { getCenterActionAccess, webClientInfo } from "@/lib/access/center-action";
import type { CenterAccess } from "@/lib/access/center-scope";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";
import { disconnectCourseGroup, renewCourseGroupLink, simulateConnectCommand } from "@/lib/telegram/groups/course-group-admin";

// Plain form actions (they work without JavaScript): the session decides the access, the use case
// checks the course scope, and the page shows the outcome from `?notice=` or `?error=`.

type Notice = "connected" | "disconnected" | "linkRenewed";

async function run(slug: string, courseId: string, notice: Notice, work: (access: CenterAccess) => Promise<void>): Promise<never> {
  const path = `/center/${encodeURIComponent(slug)}/courses/${encodeURIComponent(courseId)}/telegram`;
  let outcome: string;
  try {
    await work(await getCenterActionAccess(slug));
    outcome = `notice=${notice}`;
  } catch (error) {
    if (!(error instanceof AppError)) {
      log.error("center.telegram_group_action_failed", describeError(error));
      throw error;
    }
    if (error.code === "unauthorized") redirect(`/login?next=${encodeURIComponent(path)}`);
    outcome = `error=${ERRORS[error.code] ?? "unavailable"}`;
  }
  redirect(`${path}?${outcome}`);
}

const ERRORS: Partial<Record<AppError["code"], string>> = {
  not_found: "notConnected",
  forbidden: "forbidden",
  unavailable: "unavailable",
  provider_error: "rejected",
  conflict: "simulateFailed",
};

/** "Disconnect": unbinds the course's group. */
export async function disconnectGroupAction(slug: string, courseId: string): Promise<never> {
  return run(slug, courseId, "disconnected", async (access) => disconnectCourseGroup(access, courseId, await webClientInfo()));
}

/** "New link": a new join-request link for the group. */
export async function renewLinkAction(slug: string, courseId: string): Promise<never> {
  return run(slug, courseId, "linkRenewed", async (access) => renewCourseGroupLink(access, courseId, await webClientInfo()));
}

/** Demo mode: plays a group posting the connect command. */
export async function simulateConnectAction(slug: string, courseId: string): Promise<never> {
  return run(slug, courseId, "connected", (access) => simulateConnectCommand(access, courseId));
}
