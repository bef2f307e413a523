import { getTranslations } from "next-intl/server";

const NOTICES = ["invited", "roleChanged", "removed", "revoked"] as const;
const ERRORS = [
  "already_staff",
  "already_invited",
  "last_owner",
  "conflict",
  "forbidden",
  "invalid_phone",
  "invalid_email",
  "validation_failed",
  "not_found",
  "unknown",
] as const;

const pick = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((item) => item === value);

/** The outcome of a staff form (from `?notice=` / `?error=`); unknown values show nothing. */
export async function FlashMessage({ notice, error }: { notice?: string; error?: string }) {
  const t = await getTranslations("centerAdmin");
  const errorKey = pick(ERRORS, error);
  const noticeKey = pick(NOTICES, notice);
  if (errorKey) {
    return (
      <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900">
        {t(`error.${errorKey}`)}
      </p>
    );
  }
  if (noticeKey) {
    return (
      <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900">
        {t(`notice.${noticeKey}`)}
      </p>
    );
  }
  return null;
}
