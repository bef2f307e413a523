import { getTranslations } from "next-intl/server";
import type { DeactivateAccountInput } from "@/lib/account/deactivate-account-schema";
import type { CenterAccess } from "@/lib/access/center-scope";
import type { ActionResult } from "@/lib/http/action-result";
import { DeactivateAccountDialog } from "./deactivate-account-dialog";

type Props = {
  access: CenterAccess;
  centerName: string;
  deactivate: (input: DeactivateAccountInput) => Promise<ActionResult<null>>;
};

/** What deactivating one's account does, and the button that asks for a typed confirmation. */
export async function DeactivateAccountSection({ access, centerName, deactivate }: Props) {
  const t = await getTranslations("centerSettings.deactivate");
  const effects = ["effectSignedOut", "effectMemberships", "effectNoSignIn", "effectRecords"] as const;
  return (
    <section className="mt-10 rounded-md border border-red-200 p-4" aria-labelledby="deactivate-heading">
      <h2 id="deactivate-heading" className="text-lg font-semibold text-red-800">
        {t("heading")}
      </h2>
      {access.role === "PLATFORM_ADMIN" ? (
        <p className="mt-2 text-sm text-slate-700">{t("platformAdmin")}</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-700">{t("intro")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {effects.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-700">{t("ownerNote")}</p>
          <div className="mt-4">
            <DeactivateAccountDialog centerName={centerName} centerNames={[access.centerNameEn, access.centerNameMy]} deactivate={deactivate} />
          </div>
        </>
      )}
    </section>
  );
}
