import { z } from "zod";

// Shared by route specs and forms (no server-only): the shape of a sign-in contact before normalization.

export const isPresent = (v: string | null | undefined): v is string => typeof v === "string" && v.trim() !== "";

export const hasExactlyOneContact = (v: { phone?: string | null; email?: string | null }) => isPresent(v.phone) !== isPresent(v.email);

export const exactlyOneMessage = "Send either phone or email (exactly one)";

/** The `phone` / `email` fields of a sign-in body, to extend with more fields before `.refine(...exactlyOneContact)`. */
export const contactFields = {
  phone: z.string().max(32).optional(),
  email: z.string().max(254).optional(),
};

/** Refinement for any object built on `contactFields`: exactly one of them is present. */
export const exactlyOneContact = [hasExactlyOneContact, { message: exactlyOneMessage }] as const;

/** Request body base: `{ phone } | { email }`, exactly one, both still to be normalized by normalizeContact. */
export const contactInput = z.object(contactFields).refine(...exactlyOneContact);
