"use client";

import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { CourseOutline } from "@/lib/authoring/reads/get-outline";
import { outlineCollision, useOutlineAnnouncements } from "./outline-dnd";
import { dragId, dropToMove, stepMove, type OutlineMove } from "./outline-moves";
import { OutlineSection } from "./outline-section";
import { SectionForm } from "./lazy-outline-forms";
import { useInvalidateOutline, useMoveOutlineItem, useOutline, type OutlineScope } from "./use-outline";

type Props = { scope: OutlineScope; initial: CourseOutline; canEdit: boolean };

/**
 * The course outline: sections and their lessons, reordered by dragging (pointer, touch, or the
 * keyboard through dnd-kit's KeyboardSensor) or by the up/down buttons; both send the same move.
 */
export function OutlineEditor({ scope, initial, canEdit }: Props) {
  const t = useTranslations("centerCourses.outline");
  const [failure, setFailure] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [dragging, setDragging] = useState<"section" | "lesson" | null>(null);
  const query = useOutline(scope, initial);
  const invalidate = useInvalidateOutline(scope);
  const move = useMoveOutlineItem(scope, (message) => setFailure(t("moveFailed", { message })));
  const announcements = useOutlineAnnouncements();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const outline = query.data;

  const run = (next: OutlineMove | null) => {
    if (!next) return;
    setFailure(null);
    move.mutate(next);
  };
  const changed = () => {
    setFailure(null);
    void invalidate();
  };
  const onDragStart = (event: DragStartEvent) => setDragging(String(event.active.id).startsWith("s:") ? "section" : "lesson");
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    run(dropToMove(outline, String(event.active.id), event.over ? String(event.over.id) : null));
  };

  return (
    <section className="mt-10" aria-labelledby="outline-heading">
      <h3 id="outline-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      {canEdit ? <p className="mt-1 text-sm text-slate-600">{t("intro")}</p> : null}
      {failure ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
          {failure}
        </p>
      ) : null}
      {query.isError ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {t("loadError")}{" "}
          <button type="button" className="underline" onClick={() => void query.refetch()}>
            {t("retry")}
          </button>
        </p>
      ) : null}
      {outline.sections.length === 0 ? <p className="mt-4 text-slate-500">{t("empty")}</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={outlineCollision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
      >
        <SortableContext items={outline.sections.map((section) => dragId.section(section.id))} strategy={verticalListSortingStrategy}>
          <ol className="mt-4 space-y-3" aria-busy={move.isPending || query.isFetching}>
            {outline.sections.map((section, index) => (
              <OutlineSection
                key={section.id}
                slug={scope.slug}
                section={section}
                canEdit={canEdit}
                dragging={dragging}
                isFirst={index === 0}
                isLast={index === outline.sections.length - 1}
                onStep={(item, direction) => run(stepMove(outline, item, direction))}
                onChanged={changed}
                onFailure={setFailure}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {canEdit ? (
        <div className="mt-4">
          {adding ? (
            <SectionForm
              slug={scope.slug}
              target={{ courseId: scope.courseId }}
              onDone={() => {
                setAdding(false);
                changed();
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <Button variant="secondary" onClick={() => setAdding(true)}>
              {t("addSection")}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
