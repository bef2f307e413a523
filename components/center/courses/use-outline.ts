"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { moveLessonAction, moveSectionAction } from "@/app/center/[slug]/courses/[courseId]/outline-actions";
import type { ActionResult } from "@/lib/http/action-result";
import type { CourseOutline } from "@/lib/authoring/reads/get-outline";
import { courseKeys, outlineUrl } from "./course-keys";
import { applyMove, type OutlineMove } from "./outline-moves";

export type OutlineScope = { slug: string; centerId: string; courseId: string };

/** An action's failure as a thrown Error carrying the translated message (for onError). */
export async function unwrap<T>(pending: Promise<ActionResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw Object.assign(new Error(result.error.message), { actionError: result.error });
  return result.data;
}

/** The course outline from its route handler, seeded with the server-rendered copy. */
export function useOutline(scope: OutlineScope, initialData: CourseOutline) {
  return useQuery({
    queryKey: courseKeys.outline(scope.centerId, scope.courseId),
    queryFn: async ({ signal }): Promise<CourseOutline> => {
      const response = await fetch(outlineUrl(scope.slug, scope.courseId), { signal, headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`outline ${response.status}`);
      return (await response.json()) as CourseOutline;
    },
    initialData,
  });
}

/** Refetches the outline after any change (through the key factory). */
export function useInvalidateOutline(scope: OutlineScope) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: courseKeys.outline(scope.centerId, scope.courseId) });
}

/**
 * Moves a section or lesson: the screen shows the new order at once (optimistic), goes back to the
 * previous order if the server refuses, and refetches the stored order either way.
 */
export function useMoveOutlineItem(scope: OutlineScope, onFailure: (message: string) => void) {
  const client = useQueryClient();
  const key = courseKeys.outline(scope.centerId, scope.courseId);
  return useMutation({
    mutationFn: (move: OutlineMove): Promise<unknown> =>
      move.type === "section"
        ? unwrap(moveSectionAction(scope.slug, { sectionId: move.sectionId, position: move.position }))
        : unwrap(moveLessonAction(scope.slug, { lessonId: move.lessonId, sectionId: move.sectionId, position: move.position })),
    onMutate: async (move) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<CourseOutline>(key);
      if (previous) client.setQueryData<CourseOutline>(key, applyMove(previous, move));
      return { previous };
    },
    onError: (error, _move, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
      onFailure(error.message);
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
