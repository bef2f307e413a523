"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { StaffSessionKind } from "@/lib/centers/settings/list-staff-sessions";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  kind: StaffSessionKind;
  sessionId: string;
  memberName: string;
  revoke: (input: { kind: StaffSessionKind; sessionId: string }) => Promise<ActionResult<null>>;
};

/** Signs a staff member out of one session after an explicit confirmation, then reloads the list. */
export function RevokeSessionButton({ kind, sessionId, memberName, revoke }: Props) {
  const t = useTranslations("centerSettings.sessions");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const onConfirm = async () => {
    setBusy(true);
    setError(undefined);
    const result = await revoke({ kind, sessionId }).finally(() => setBusy(false));
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  };

  return (
    <div className="flex flex-col items-start gap-1">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" size="sm" disabled={busy}>
            {t("revoke")}
          </Button>
        }
        title={t("revokeTitle", { name: memberName })}
        description={t("revokeBody")}
        confirmLabel={t("revoke")}
        cancelLabel={t("cancel")}
        onConfirm={onConfirm}
        destructive
      />
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
