import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/** A sandbox gateway page: the "this is a sandbox" banner, an optional title, then the page. */
export async function SandboxFrame({ title, children }: { title?: string; children: ReactNode }) {
  const t = await getTranslations("sandbox");
  return (
    <div className="space-y-6">
      <p role="note" className="rounded-md bg-amber-100 px-4 py-2 text-sm text-amber-900">
        {t("banner")}
      </p>
      {title === undefined ? null : <h1 className="text-2xl font-bold">{title}</h1>}
      {children}
    </div>
  );
}

/** The sandbox page of a checkout that does not exist. */
export async function SandboxNotFound() {
  const t = await getTranslations("sandbox");
  return (
    <SandboxFrame>
      <p>{t("notFound")}</p>
    </SandboxFrame>
  );
}
