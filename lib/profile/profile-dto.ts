import { z } from "zod";
import { authUserDto } from "@/lib/auth/auth-user";
import { telegramLinkDto } from "@/lib/telegram/link-dto";
import { unicodeLine } from "@/lib/text/unicode-schema";

/** The signed-in user (as login shows it) plus their preferences. */
export const profileDto = authUserDto
  .extend({
    categoryIds: z.array(z.uuid()),
    professionIds: z.array(z.uuid()),
    createdAt: z.iso.datetime(),
    /** The linked Telegram account (policy S1.3), or null. */
    telegram: telegramLinkDto.nullable(),
  })
  .meta({ id: "Profile" });

export type Profile = z.input<typeof profileDto>;

export const updateProfileInput = z
  .object({
    name: unicodeLine().min(1).max(80).optional().meta({ description: "Stored as Unicode: Zawgyi is converted." }),
    locale: z.enum(["my", "en"]).optional(),
    categoryIds: z.array(z.uuid()).max(20).optional(),
    professionIds: z.array(z.uuid()).max(10).optional(),
  })
  .strict()
  .meta({ id: "UpdateProfile" });

export type UpdateProfileInput = z.output<typeof updateProfileInput>;
