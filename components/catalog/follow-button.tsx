import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";

type Props = {
  instructorId: string;
  /** null: signed out (a sign-in link that comes back here instead of a button). */
  following: boolean | null;
  follow: (formData: FormData) => Promise<void>;
  unfollow: (formData: FormData) => Promise<void>;
};

/** Follow / Unfollow as a plain form posting to a server action: works without client JavaScript. */
export async function FollowButton({ instructorId, following, follow, unfollow }: Props) {
  const t = await getTranslations("instructorPage");
  if (following === null) {
    return (
      <Link href={`/login?next=${encodeURIComponent(`/instructors/${instructorId}`)}`} className="inline-block rounded-md bg-brand-600 px-4 py-2 text-white">
        {t("signInToFollow")}
      </Link>
    );
  }
  return (
    <form action={following ? unfollow : follow} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="instructorId" value={instructorId} />
      <button
        type="submit"
        className={following ? "rounded-md border border-slate-300 px-4 py-2 text-slate-700" : "rounded-md bg-brand-600 px-4 py-2 text-white"}
      >
        {following ? t("unfollow") : t("follow")}
      </button>
      {following ? <span role="status" className="text-sm text-green-700">{t("youFollow")}</span> : null}
    </form>
  );
}
