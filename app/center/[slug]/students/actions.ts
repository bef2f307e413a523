"use server";

import { getCenterActionAccess, webClientInfo } from "@/lib/access/center-action";
import { findUserByContact } from "@/lib/centers/students/find-user-by-contact";
import type { ContactLookup, GrantResult } from "@/lib/centers/students/student-dto";
import { grantEnrollmentForm, revokeEnrollmentForm, type FindUserByContactInput, type GrantEnrollmentForm, type RevokeEnrollmentForm } from "@/lib/centers/students/student-schemas";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { grantEnrollment } from "@/lib/learning/grant-enrollment";
import { revokeEnrollment } from "@/lib/learning/revoke-enrollment";

// The students pages' actions. The slug is only a name: the session decides the access, and the
// domain functions check the permission and load the course or enrollment inside this center.

/** "Enroll a student": the account with this phone or email, if any. */
export async function findStudentByContactAction(slug: string, input: FindUserByContactInput): Promise<ActionResult<ContactLookup>> {
  return runAction(async () => findUserByContact(await getCenterActionAccess(slug), input));
}

/** Gives the student a course without an order, with the reason that goes into the activity log. */
export async function grantEnrollmentAction(slug: string, input: GrantEnrollmentForm): Promise<ActionResult<GrantResult>> {
  return runAction(async () => {
    const access = await getCenterActionAccess(slug);
    const parsed = grantEnrollmentForm.parse(input);
    const result = await grantEnrollment(access, parsed, await webClientInfo());
    return { ...result, reason: parsed.reason };
  });
}

/** Ends the student's access to the course; the reason is logged, the note stays on the enrollment. */
export async function revokeEnrollmentAction(slug: string, input: RevokeEnrollmentForm): Promise<ActionResult<{ enrollmentId: string; revoked: boolean }>> {
  return runAction(async () => {
    const access = await getCenterActionAccess(slug);
    return revokeEnrollment(access, revokeEnrollmentForm.parse(input), await webClientInfo());
  });
}
