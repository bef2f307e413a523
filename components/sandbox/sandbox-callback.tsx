import { getTranslations } from "next-intl/server";
import type { SandboxProvider } from "./sandbox-facts";

type Props = { provider: SandboxProvider; attempts: number; lastStatus: number | null };

/** What our webhook answered the gateway's last callback (or that it could not be reached), and how many were sent. */
export async function SandboxCallbackResult({ provider, attempts, lastStatus }: Props) {
  const t = await getTranslations("sandbox");
  return (
    <>
      {lastStatus === null ? t("callbackFailed") : t("callbackSent", { status: String(lastStatus) })}{" "}
      <span className="text-slate-500">{t(`${provider}.callbackAttempts`, { count: attempts })}</span>
    </>
  );
}
