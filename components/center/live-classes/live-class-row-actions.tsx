"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/http/action-result";
import type { UpdateLiveClassInput } from "@/lib/live-classes/live-class-input";
import { LiveClassFormDialog } from "./live-class-form";
import type { LiveClassFormValues } from "./live-class-form-values";

type Props = {
  liveClassId: string;
  /** Our route that redirects to Zoom's host link (the link itself never reaches the page). */
  startHref: string;
  canEdit: boolean;
  initial: LiveClassFormValues;
  update: (liveClassId: string, input: UpdateLiveClassInput) => Promise<ActionResult<unknown>>;
  cancel: (liveClassId: string) => Promise<ActionResult<unknown>>;
};

/** An upcoming class's controls: start as host, edit the time (scheduled only), cancel with a confirmation. */
export function LiveClassRowActions({ liveClassId, startHref, canEdit, initial, update, cancel }: Props) {
  const t = useTranslations("centerLiveClasses");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onCancel = () =>
    startTransition(async () => {
      setError(null);
      const result = await cancel(liveClassId);
      if (result.ok) router.refresh();
      else setError(result.error.code === "conflict" ? t("errors.conflict") : result.error.message);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button asChild size="sm">
        <a href={startHref} target="_blank" rel="noopener noreferrer" title={t("host.hint")}>
          {t("host.start")}
        </a>
      </Button>
      {canEdit ? (
        <>
          <LiveClassFormDialog mode="edit" liveClassId={liveClassId} initial={initial} save={(input) => update(liveClassId, input)} />
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" disabled={pending}>
                {t("cancel.open")}
              </Button>
            }
            title={t("cancel.title")}
            description={t("cancel.body")}
            confirmLabel={t("cancel.confirm")}
            cancelLabel={t("cancel.keep")}
            onConfirm={onCancel}
            destructive
          />
        </>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
