"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { publishCourseAction, unpublishCourseAction } from "@/app/center/[slug]/courses/actions";
import { Button } from "@/components/ui/button";

type Props = { slug: string; courseId: string; published: boolean };

/**
 * Publish / Unpublish (`course.publish`). A refusal (no lesson yet) is said in words under the
 * button, in the reader's language (translated by the action).
 */
export function PublishControls({ slug, courseId, published }: Props) {
  const t = useTranslations("centerCourses.course");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);

  const toggle = () =>
    startTransition(async () => {
      setMessage(null);
      const result = published ? await unpublishCourseAction(slug, courseId) : await publishCourseAction(slug, courseId);
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error.message });
        return;
      }
      setMessage({ tone: "ok", text: published ? t("unpublished") : t("published") });
      router.refresh();
    });

  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant={published ? "secondary" : "primary"} onClick={toggle} disabled={pending}>
        {published ? t("unpublish") : t("publish")}
      </Button>
      <p className="max-w-sm text-xs text-slate-600">{published ? t("unpublishHint") : t("publishHint")}</p>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
