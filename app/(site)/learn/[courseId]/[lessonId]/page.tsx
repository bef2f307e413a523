import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Markdown from "react-markdown";
import { z } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getLesson } from "@/lib/learning/get-lesson";
import { markLessonComplete } from "./actions";

type Props = { params: Promise<{ courseId: string; lessonId: string }> };

async function load(params: Props["params"]) {
  const { courseId, lessonId } = await params;
  if (!z.uuid().safeParse(courseId).success || !z.uuid().safeParse(lessonId).success) notFound();
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/learn/${courseId}/${lessonId}`)}`);
  const lesson = await getLesson({ actor, courseId, lessonId, locale: await currentLocale() }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { lesson, courseId };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lesson } = await load(params);
  return { title: lesson.title, robots: { index: false } };
}

/** One lesson, for enrolled students (and preview lessons for anyone signed in). */
export default async function LessonPage({ params }: Props) {
  const { lesson, courseId } = await load(params);
  const t = await getTranslations("learn");
  return (
    <article className="mx-auto max-w-3xl">
      <Link href={`/courses/${courseId}`} className="text-sm text-brand-700 underline">
        {t("backToCourse")}
      </Link>
      <h1 className="mt-3 text-2xl font-bold">{lesson.title}</h1>
      {!lesson.enrolled ? <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900">{t("previewNotice")}</p> : null}
      {lesson.videoUrl ? (
        <video controls preload="none" src={lesson.videoUrl} className="mt-4 w-full rounded-lg bg-black" />
      ) : null}
      {lesson.body ? (
        <div className="mt-6 space-y-3 leading-relaxed [&_ul]:list-disc [&_ul]:pl-6" data-testid="lesson-body">
          <Markdown>{lesson.body}</Markdown>
        </div>
      ) : null}
      {lesson.enrolled ? (
        lesson.completed ? (
          <p className="mt-8 font-medium text-green-700">✓ {t("completed")}</p>
        ) : (
          <form action={markLessonComplete} className="mt-8">
            <input type="hidden" name="courseId" value={courseId} />
            <input type="hidden" name="lessonId" value={lesson.id} />
            <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
              {t("markComplete")}
            </button>
          </form>
        )
      ) : null}
    </article>
  );
}
