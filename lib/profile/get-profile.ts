import "server-only";
import { db, type Tx } from "@/lib/db";
import { signInUserSelect, toAuthUser } from "@/lib/auth/auth-user";
import { AppError } from "@/lib/http/errors";
import { toTelegramLinkView } from "@/lib/telegram/link-dto";
import type { Profile } from "./profile-dto";

const select = {
  ...signInUserSelect,
  createdAt: true,
  categoryPreferences: { select: { categoryId: true }, orderBy: { createdAt: "asc" } },
  professionPreferences: { select: { professionId: true }, orderBy: { createdAt: "asc" } },
  telegramLink: { select: { username: true, firstName: true, createdAt: true } },
} as const;

/** The signed-in person's own profile (policy S6: access). */
export async function getProfile(userId: string, client: Tx = db): Promise<Profile> {
  const user = await client.user.findFirst({ where: { id: userId, status: "ACTIVE" }, select });
  if (!user) throw new AppError("not_found");
  return {
    ...toAuthUser(user),
    categoryIds: user.categoryPreferences.map((p) => p.categoryId),
    professionIds: user.professionPreferences.map((p) => p.professionId),
    createdAt: user.createdAt.toISOString(),
    telegram: user.telegramLink ? toTelegramLinkView(user.telegramLink) : null,
  };
}
