"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/inbox/mark-read";

const PATH = "/account/notifications";

/** "Mark as read" on one notification of the signed-in person (someone else's id changes nothing). */
export async function markReadAction(notificationId: string): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PATH}`);
  await markNotificationRead({ actor, notificationId }).catch((error: unknown) => {
    if (!(error instanceof AppError)) throw error;
  });
  revalidatePath(PATH);
}

/** "Mark all as read". */
export async function markAllReadAction(): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PATH}`);
  await markAllNotificationsRead({ actor });
  revalidatePath(PATH);
}
