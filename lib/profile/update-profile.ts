import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { getProfile } from "./get-profile";
import { updateProfileInput, type Profile, type UpdateProfileInput } from "./profile-dto";

/** Corrects the person's own profile (policy S6): name, language, category and profession preferences. */
export async function updateProfile(userId: string, parsed: UpdateProfileInput): Promise<Profile> {
  // The transports parse already; parsing again (idempotent) keeps the name Unicode, Zawgyi
  // converted, whoever calls this.
  const input = updateProfileInput.parse(parsed);
  return db.$transaction(async (tx) => {
    await assertAllExist(tx, "category", input.categoryIds, "body.categoryIds");
    await assertAllExist(tx, "profession", input.professionIds, "body.professionIds");
    const updated = await tx.user.updateMany({
      where: { id: userId, status: "ACTIVE" },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.locale !== undefined ? { locale: input.locale === "en" ? "EN" : "MY" } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("not_found");
    if (input.categoryIds) {
      await tx.userCategoryPreference.deleteMany({ where: { userId } });
      await tx.userCategoryPreference.createMany({ data: unique(input.categoryIds).map((categoryId) => ({ userId, categoryId })) });
    }
    if (input.professionIds) {
      await tx.userProfessionPreference.deleteMany({ where: { userId } });
      await tx.userProfessionPreference.createMany({
        data: unique(input.professionIds).map((professionId) => ({ userId, professionId })),
      });
    }
    return getProfile(userId, tx);
  });
}

const unique = (ids: string[]) => [...new Set(ids)];

async function assertAllExist(
  tx: Tx,
  model: "category" | "profession",
  ids: string[] | undefined,
  path: string,
) {
  if (!ids || ids.length === 0) return;
  const wanted = unique(ids);
  const found =
    model === "category"
      ? await tx.category.count({ where: { id: { in: wanted } } })
      : await tx.profession.count({ where: { id: { in: wanted } } });
  if (found !== wanted.length) {
    throw new AppError("validation_failed", { details: [{ path, code: "unknown_id", message: `Unknown ${model} id` }] });
  }
}
