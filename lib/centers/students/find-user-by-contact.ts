import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { normalizeContact } from "@/lib/contact/normalize-contact";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { FieldError } from "@/lib/http/field-errors";
import type { ContactLookup } from "./student-dto";
import { maskedContact } from "./student-identity";
import { findUserByContactInput, type FindUserByContactInput } from "./student-schemas";

/**
 * "Enroll a student": the active account with exactly this phone (normalised to E.164 as at
 * sign-in) or email, for the staff who may grant (`enrollment.grant`). Answers only a name, the
 * masked contact and which of this center's courses they already hold; `{ found: false }` when no
 * active account has it. A whole contact is needed: staff cannot browse accounts by fragments.
 */
export async function findUserByContact(access: CenterAccess, input: FindUserByContactInput): Promise<ContactLookup> {
  requirePermission(access, "enrollment.grant");
  const { contact: text } = findUserByContactInput.parse(input);
  const contact = normalizeOrFail(text);
  const user = await db.user.findFirst({
    where: { ...(contact.kind === "phone" ? { phone: contact.value } : { email: contact.value }), status: "ACTIVE" },
    select: {
      id: true,
      name: true,
      phone: true,
      email: true,
      enrollments: { where: { centerId: access.centerId, status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] }, select: { courseId: true } },
    },
  });
  if (!user) return { found: false };
  return {
    found: true,
    user: { userId: user.id, name: user.name, contact: maskedContact(user), activeCourseIds: user.enrollments.map((row) => row.courseId) },
  };
}

// The one box holds either kind: its errors belong to the `contact` field of the form.
function normalizeOrFail(text: string) {
  try {
    return normalizeContact(text.includes("@") ? { email: text } : { phone: text });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "validation_failed") throw error;
    const detail = (error.details as FieldError[] | undefined)?.[0];
    throw new AppError("validation_failed", {
      details: [{ path: "body.contact", code: detail?.code ?? "invalid_contact", message: detail?.message ?? "Enter a phone number or an email" }],
    });
  }
}
