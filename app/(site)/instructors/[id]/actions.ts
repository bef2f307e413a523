"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { setFollowing } from "@/lib/follows/set-following";
import { AppError } from "@/lib/http/errors";

const followForm = z.object({ instructorId: z.uuid() });

async function submit(formData: FormData, follow: boolean) {
  const parsed = followForm.safeParse({ instructorId: formData.get("instructorId") });
  if (!parsed.success) notFound();
  const { instructorId } = parsed.data;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/instructors/${instructorId}`)}`);
  await setFollowing({ actor, instructorId, follow }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  revalidatePath(`/instructors/${instructorId}`);
  revalidatePath("/following");
}

/** The Follow button: the same domain rule as POST /api/v1/instructors/{id}/follow. */
export async function followAction(formData: FormData) {
  await submit(formData, true);
}

/** The Unfollow button, on the instructor's page and in the Following list. */
export async function unfollowAction(formData: FormData) {
  await submit(formData, false);
}
