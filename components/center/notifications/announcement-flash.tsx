import { getTranslations } from "next-intl/server";

const NOTICES = ["sent", "sending", "scheduled"] as const;

/** What became of the composed announcement (`?notice=`); an unknown value shows nothing. */
export async function AnnouncementFlash({ notice }: { notice?: string }) {
  const t = await getTranslations("centerNotifications.notice");
  const key = NOTICES.find((item) => item === notice);
  if (!key) return null;
  return (
    <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900">
      {t(key)}
    </p>
  );
}
