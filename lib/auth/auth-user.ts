import { z } from "zod";

/** The user as the login and refresh answers show it; never a raw row. */
export const authUserDto = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    phone: z.string().nullable().meta({ description: "E.164" }),
    email: z.string().nullable(),
    photoUrl: z.string().nullable(),
    locale: z.enum(["my", "en"]),
    role: z.enum(["USER", "PLATFORM_ADMIN"]),
    ageConfirmed: z.boolean(),
  })
  .meta({ id: "AuthUser" });

export type AuthUser = z.infer<typeof authUserDto>;

/** The columns every sign-in path loads; `toAuthUser` turns them into the DTO. */
export const signInUserSelect = {
  id: true,
  name: true,
  phone: true,
  email: true,
  image: true,
  locale: true,
  role: true,
  status: true,
  ageConfirmedAt: true,
  phoneVerifiedAt: true,
  emailVerified: true,
} as const;

export type SignInUserRow = {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  image: string | null;
  locale: "EN" | "MY";
  role: "USER" | "PLATFORM_ADMIN";
  status: "ACTIVE" | "DEACTIVATED" | "DELETED";
  ageConfirmedAt: Date | null;
  phoneVerifiedAt: Date | null;
  emailVerified: Date | null;
};

export function toAuthUser(row: SignInUserRow): AuthUser {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    photoUrl: row.image,
    locale: row.locale === "EN" ? "en" : "my",
    role: row.role,
    ageConfirmed: row.ageConfirmedAt !== null,
  };
}
