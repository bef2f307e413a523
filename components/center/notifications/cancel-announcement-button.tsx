"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { cancelAnnouncementAction } from "@/app/center/[slug]/notifications/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { announcementKeys } from "./announcement-keys";

/** Cancels a scheduled announcement after an explicit confirmation, then reloads the history. */
export function CancelAnnouncementButton({ slug, centerId, announcementId, title }: { slug: string; centerId: string; announcementId: string; title: string }) {
  const t = useTranslations("centerNotifications.cancel");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const cancel = () =>
    startTransition(async () => {
      const result = await cancelAnnouncementAction(slug, announcementId);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      await queryClient.invalidateQueries({ queryKey: announcementKeys.all(centerId) });
      router.refresh();
    });

  return (
    <div>
      <ConfirmDialog
        trigger={
          <Button variant="secondary" size="sm" disabled={pending}>
            {t("button")}
          </Button>
        }
        title={t("title")}
        description={t("body", { title })}
        confirmLabel={t("confirm")}
        cancelLabel={t("keep")}
        onConfirm={cancel}
        destructive
      />
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
