"use client";

import { closestCenter, pointerWithin, rectIntersection, type Announcements, type CollisionDetection } from "@dnd-kit/core";
import { useTranslations } from "next-intl";

/**
 * Which drop target a dragged item is over. A section only meets sections. A lesson meets the
 * lesson list of the section it is in (pointer or, for the keyboard, its rectangle), then the
 * nearest lesson of that list, or the list itself when it is empty; else the nearest lesson.
 */
export const outlineCollision: CollisionDetection = (args) => {
  const ofKind = (prefix: string) => args.droppableContainers.filter((c) => String(c.id).startsWith(prefix));
  if (String(args.active.id).startsWith("s:")) return closestCenter({ ...args, droppableContainers: ofKind("s:") });
  const lessons = ofKind("l:");
  const lists = ofKind("c:");
  const hit = pointerWithin({ ...args, droppableContainers: lists })[0] ?? rectIntersection({ ...args, droppableContainers: lists })[0];
  if (!hit) return closestCenter({ ...args, droppableContainers: lessons });
  const inList = lessons.filter((c) => c.data.current?.sectionId === String(hit.id).slice(2));
  return inList.length > 0 ? closestCenter({ ...args, droppableContainers: inList }) : [hit];
};

/** What a screen reader hears while an item is dragged with the keyboard (or a pointer). */
export function useOutlineAnnouncements(): Announcements {
  const t = useTranslations("centerCourses.outline.dnd");
  const label = (item: { data: { current?: Record<string, unknown> } } | null) => String(item?.data.current?.label ?? "");
  return {
    onDragStart: ({ active }) => t("pickedUp", { item: label(active) }),
    onDragOver: ({ active, over }) => (over ? t("over", { item: label(active), target: label(over) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t("dropped", { item: label(active), target: label(over) }) : t("droppedNowhere", { item: label(active) })),
    onDragCancel: ({ active }) => t("cancelled", { item: label(active) }),
  };
}
