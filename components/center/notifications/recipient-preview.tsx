"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { RecipientPreview as Preview } from "@/lib/notifications/announcements/preview-recipients";
import { announcementKeys } from "./announcement-keys";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function fetchPreview(slug: string, courseId: string): Promise<Preview> {
  const response = await fetch(`/center/${encodeURIComponent(slug)}/notifications/recipients?courseId=${encodeURIComponent(courseId)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`preview ${response.status}`);
  return (await response.json()) as Preview;
}

/** How many students the announcement would reach now, and through which channel (counts only). */
export function RecipientPreview({ slug, centerId, courseId }: { slug: string; centerId: string; courseId: string }) {
  const t = useTranslations("centerNotifications.preview");
  const tChannel = useTranslations("centerNotifications.channel");
  const valid = UUID.test(courseId);
  const query = useQuery({ queryKey: announcementKeys.recipients(centerId, courseId), queryFn: () => fetchPreview(slug, courseId), enabled: valid });

  let content: string;
  if (!valid) content = t("pickCourse");
  else if (query.isPending) content = t("loading");
  else if (query.isError) content = t("error");
  else content = t("recipients", { count: query.data.recipients });

  return (
    <section aria-live="polite" className="rounded-md bg-slate-50 p-3 text-sm" data-testid="recipient-preview">
      <p className="font-medium">{content}</p>
      {valid && query.data && query.data.recipients > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-x-4 text-slate-600">
          {(["IN_APP", "PUSH", "TELEGRAM"] as const).map((channel) => (
            <li key={channel}>{t("reachable", { channel: tChannel(channel), count: query.data.reachable[channel] })}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs text-slate-500">{t("note")}</p>
    </section>
  );
}
