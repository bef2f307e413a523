"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { deleteLessonAction } from "@/app/center/[slug]/courses/[courseId]/outline-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import type { OutlineLesson as Lesson } from "@/lib/authoring/reads/get-outline";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/locales";
import { LessonForm } from "./lazy-outline-forms";
import { lessonFormDefaults } from "./outline-form-values";
import { dragId } from "./outline-moves";
import { MoveButtons } from "./move-buttons";
import { unwrap } from "./use-outline";

type Props = {
  slug: string;
  lesson: Lesson;
  sectionId: string;
  canEdit: boolean;
  /** A section is being dragged: lessons are no drop target then. */
  sectionDragging: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onStep: (direction: -1 | 1) => void;
  onChanged: () => void;
  onFailure: (message: string) => void;
};

/** One lesson row: drag handle, title, kind, preview and duration, move, edit and delete. */
export function OutlineLesson({ slug, lesson, sectionId, canEdit, sectionDragging, canMoveUp, canMoveDown, onStep, onChanged, onFailure }: Props) {
  const t = useTranslations("centerCourses.outline");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const title = localized(lesson.titleEn, lesson.titleMy, isLocale(locale) ? locale : "my") || t("untitled");
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: dragId.lesson(lesson.id),
    data: { label: title, sectionId },
    disabled: { draggable: !canEdit, droppable: sectionDragging },
  });
  const style = { transform: CSS.Transform.toString(transform), transition };
  const remove = () => unwrap(deleteLessonAction(slug, lesson.id)).then(onChanged, (error: Error) => onFailure(error.message));

  return (
    <li ref={setNodeRef} style={style} className={`flex flex-wrap items-center gap-2 bg-white py-2 ${isDragging ? "relative z-10 shadow-md" : ""}`} data-lesson-id={lesson.id}>
      {canEdit ? (
        <button type="button" className="cursor-grab touch-none rounded px-1 text-slate-500 hover:bg-slate-100" aria-label={t("dragLesson", { title })} {...attributes} {...listeners}>
          ⠿
        </button>
      ) : null}
      <span className="min-w-0 flex-1">
        {title}
        <span className="ml-2 text-xs text-slate-500">{t(`kind.${lesson.kind}`)}</span>
        {lesson.durationSeconds ? <span className="ml-2 text-xs text-slate-500">{t("minutes", { count: Math.round(lesson.durationSeconds / 60) })}</span> : null}
        {lesson.isPreview ? <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-800">{t("previewBadge")}</span> : null}
      </span>
      {canEdit ? (
        <span className="flex flex-wrap gap-1">
          <MoveButtons upLabel={t("moveLessonUp", { title })} downLabel={t("moveLessonDown", { title })} canMoveUp={canMoveUp} canMoveDown={canMoveDown} onStep={onStep} />
          <Dialog
            open={editing}
            onOpenChange={setEditing}
            title={t("editLessonTitle")}
            trigger={
              <Button variant="ghost" size="sm">
                {t("editLesson")}
              </Button>
            }
          >
            <LessonForm
              slug={slug}
              target={{ lessonId: lesson.id }}
              defaults={lessonFormDefaults(lesson)}
              onDone={() => {
                setEditing(false);
                onChanged();
              }}
              onCancel={() => setEditing(false)}
            />
          </Dialog>
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm">
                {t("deleteLesson")}
              </Button>
            }
            title={t("deleteLessonTitle")}
            description={t("deleteLessonBody", { title })}
            confirmLabel={t("confirmDelete")}
            cancelLabel={t("cancel")}
            onConfirm={remove}
            destructive
          />
        </span>
      ) : null}
    </li>
  );
}
