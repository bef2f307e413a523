"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { deleteSectionAction } from "@/app/center/[slug]/courses/[courseId]/outline-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { OutlineSection as Section } from "@/lib/authoring/reads/get-outline";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/locales";
import { LessonForm } from "./lazy-outline-forms";
import { MoveButtons } from "./move-buttons";
import { OutlineLesson } from "./outline-lesson";
import { lessonFormDefaults } from "./outline-form-values";
import { dragId } from "./outline-moves";
import { SectionForm } from "./lazy-outline-forms";
import { unwrap } from "./use-outline";

type Props = {
  slug: string;
  section: Section;
  canEdit: boolean;
  dragging: "section" | "lesson" | null;
  isFirst: boolean;
  isLast: boolean;
  /** Up/down of the section (`type: "section"`) or of one of its lessons. */
  onStep: (item: { type: "section" | "lesson"; id: string }, direction: -1 | 1) => void;
  onChanged: () => void;
  onFailure: (message: string) => void;
};

/** One section of the outline: a sortable card with its sortable lessons and their forms. */
export function OutlineSection({ slug, section, canEdit, dragging, isFirst, isLast, onStep, onChanged, onFailure }: Props) {
  const t = useTranslations("centerCourses.outline");
  const locale = useLocale();
  const [mode, setMode] = useState<"view" | "rename" | "addLesson">("view");
  const title = localized(section.titleEn, section.titleMy, isLocale(locale) ? locale : "my") || t("untitled");
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: dragId.section(section.id), data: { label: title }, disabled: { draggable: !canEdit, droppable: dragging === "lesson" } });
  const { setNodeRef: setListRef, isOver } = useDroppable({ id: dragId.container(section.id), data: { label: title }, disabled: dragging !== "lesson" });
  const style = { transform: CSS.Transform.toString(transform), transition };
  const done = () => {
    setMode("view");
    onChanged();
  };
  const remove = () => unwrap(deleteSectionAction(slug, section.id)).then(onChanged, (error: Error) => onFailure(error.message));
  const headingId = `section-heading-${section.id}`;

  return (
    <li ref={setNodeRef} style={style} className={`rounded-lg border border-slate-200 bg-white p-3 ${isDragging ? "relative z-20 shadow-lg" : ""}`} aria-labelledby={headingId} data-section-id={section.id}>
      <div className="flex flex-wrap items-center gap-2">
        {canEdit ? (
          <button type="button" className="cursor-grab touch-none rounded px-1 text-slate-500 hover:bg-slate-100" aria-label={t("dragSection", { title })} {...attributes} {...listeners}>
            ⠿
          </button>
        ) : null}
        <h4 id={headingId} className="min-w-0 flex-1 font-semibold">
          {title}
        </h4>
        {canEdit ? (
          <span className="flex flex-wrap gap-1">
            <MoveButtons upLabel={t("moveSectionUp", { title })} downLabel={t("moveSectionDown", { title })} canMoveUp={!isFirst} canMoveDown={!isLast} onStep={(direction) => onStep({ type: "section", id: section.id }, direction)} />
            <Button variant="ghost" size="sm" onClick={() => setMode("rename")}>
              {t("renameSection")}
            </Button>
            <ConfirmDialog
              trigger={
                <Button variant="ghost" size="sm">
                  {t("deleteSection")}
                </Button>
              }
              title={t("deleteSectionTitle")}
              description={t("deleteSectionBody", { title })}
              confirmLabel={t("confirmDelete")}
              cancelLabel={t("cancel")}
              onConfirm={remove}
              destructive
            />
          </span>
        ) : null}
      </div>
      {mode === "rename" ? (
        <div className="mt-2">
          <SectionForm slug={slug} target={{ sectionId: section.id }} defaults={{ titleEn: section.titleEn ?? "", titleMy: section.titleMy ?? "" }} onDone={done} onCancel={() => setMode("view")} />
        </div>
      ) : null}
      <SortableContext items={section.lessons.map((lesson) => dragId.lesson(lesson.id))} strategy={verticalListSortingStrategy}>
        <ol ref={setListRef} className={`mt-2 min-h-10 divide-y divide-slate-100 rounded pl-2 ${isOver ? "bg-brand-50" : ""}`}>
          {section.lessons.length === 0 ? <li className="py-2 text-sm text-slate-500">{t("noLessons")}</li> : null}
          {section.lessons.map((lesson, index) => (
            <OutlineLesson
              key={lesson.id}
              slug={slug}
              lesson={lesson}
              sectionId={section.id}
              canEdit={canEdit}
              sectionDragging={dragging === "section"}
              canMoveUp={!(isFirst && index === 0)}
              canMoveDown={!(isLast && index === section.lessons.length - 1)}
              onStep={(direction) => onStep({ type: "lesson", id: lesson.id }, direction)}
              onChanged={onChanged}
              onFailure={onFailure}
            />
          ))}
        </ol>
      </SortableContext>
      {canEdit ? (
        mode === "addLesson" ? (
          <div className="mt-2">
            <LessonForm slug={slug} target={{ sectionId: section.id }} defaults={lessonFormDefaults(null)} onDone={done} onCancel={() => setMode("view")} />
          </div>
        ) : (
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => setMode("addLesson")}>
            {t("addLesson")}
          </Button>
        )
      ) : null}
    </li>
  );
}
