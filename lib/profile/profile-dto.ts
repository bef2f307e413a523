import { z } from "zod";

export const profileDto = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    phone: z.string().nullable().meta({ description: "E.164" }),
    email: z.string().nullable(),
    photoUrl: z.string().nullable(),
    locale: z.enum(["my", "en"]),
    role: z.enum(["USER", "PLATFORM_ADMIN"]),
    ageConfirmed: z.boolean(),
    categoryIds: z.array(z.uuid()),
    professionIds: z.array(z.uuid()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Profile" });

export type Profile = z.input<typeof profileDto>;

export const updateProfileInput = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    locale: z.enum(["my", "en"]).optional(),
    categoryIds: z.array(z.uuid()).max(20).optional(),
    professionIds: z.array(z.uuid()).max(10).optional(),
  })
  .strict()
  .meta({ id: "UpdateProfile" });

export type UpdateProfileInput = z.output<typeof updateProfileInput>;
