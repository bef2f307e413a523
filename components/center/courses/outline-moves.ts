// The outline editor's moves as pure functions: the optimistic outline the screen shows at once,
// and the server's move input (0-based position the item has AFTER the move, as moveSection and
// moveLesson in lib/authoring take it). Drag ids are prefixed: "s:<sectionId>", "l:<lessonId>",
// and "c:<sectionId>" for a section's lesson list (so an empty section can take a lesson).

type Lesson = { id: string };
type Section<L extends Lesson> = { id: string; lessons: L[] };
type Outline<L extends Lesson, S extends Section<L>> = { sections: S[] };

export type OutlineMove =
  | { type: "section"; sectionId: string; position: number }
  | { type: "lesson"; lessonId: string; sectionId: string; position: number };

export const dragId = {
  section: (id: string) => `s:${id}`,
  lesson: (id: string) => `l:${id}`,
  container: (id: string) => `c:${id}`,
};

function parse(id: string): { kind: "s" | "l" | "c"; id: string } | null {
  const match = /^([slc]):(.+)$/.exec(id);
  return match ? { kind: match[1] as "s" | "l" | "c", id: match[2]! } : null;
}

function findLesson<L extends Lesson>(sections: Section<L>[], lessonId: string) {
  for (const [sectionIndex, section] of sections.entries()) {
    const index = section.lessons.findIndex((l) => l.id === lessonId);
    if (index >= 0) return { section, sectionIndex, index };
  }
  return null;
}

/** The move a drop means, or null when it changes nothing (or mixes a section with a lesson). */
export function dropToMove<L extends Lesson, S extends Section<L>>(outline: Outline<L, S>, activeId: string, overId: string | null): OutlineMove | null {
  const active = parse(activeId);
  const over = overId ? parse(overId) : null;
  if (!active || !over) return null;
  const sections = outline.sections;
  if (active.kind === "s") {
    const targetId = over.kind === "s" || over.kind === "c" ? over.id : findLesson(sections, over.id)?.section.id;
    const from = sections.findIndex((s) => s.id === active.id);
    const to = sections.findIndex((s) => s.id === targetId);
    return from < 0 || to < 0 || from === to ? null : { type: "section", sectionId: active.id, position: to };
  }
  if (active.kind !== "l") return null;
  const from = findLesson(sections, active.id);
  if (!from) return null;
  if (over.kind === "l") {
    const to = findLesson(sections, over.id);
    if (!to || (to.section.id === from.section.id && to.index === from.index)) return null;
    return { type: "lesson", lessonId: active.id, sectionId: to.section.id, position: to.index };
  }
  const section = sections.find((s) => s.id === over.id);
  if (!section) return null;
  // Dropped on a section's list (or header): last place in it; onto its own section, no change.
  if (section.id === from.section.id) return null;
  return { type: "lesson", lessonId: active.id, sectionId: section.id, position: section.lessons.length };
}

/** The up/down buttons' move: a lesson at an edge of its section steps into the neighbouring one. */
export function stepMove<L extends Lesson, S extends Section<L>>(outline: Outline<L, S>, item: { type: "section" | "lesson"; id: string }, direction: -1 | 1): OutlineMove | null {
  const sections = outline.sections;
  if (item.type === "section") {
    const index = sections.findIndex((s) => s.id === item.id);
    const to = index + direction;
    return index < 0 || to < 0 || to >= sections.length ? null : { type: "section", sectionId: item.id, position: to };
  }
  const from = findLesson(sections, item.id);
  if (!from) return null;
  const to = from.index + direction;
  if (to >= 0 && to < from.section.lessons.length) return { type: "lesson", lessonId: item.id, sectionId: from.section.id, position: to };
  const neighbour = sections[from.sectionIndex + direction];
  if (!neighbour) return null;
  return { type: "lesson", lessonId: item.id, sectionId: neighbour.id, position: direction < 0 ? neighbour.lessons.length : 0 };
}

/** The outline after a move, as the server will store it (for the optimistic update). */
export function applyMove<L extends Lesson, S extends Section<L>, O extends Outline<L, S>>(outline: O, move: OutlineMove): O {
  const sections = [...outline.sections];
  if (move.type === "section") {
    const from = sections.findIndex((s) => s.id === move.sectionId);
    if (from < 0) return outline;
    const [moved] = sections.splice(from, 1);
    sections.splice(Math.min(move.position, sections.length), 0, moved!);
    return { ...outline, sections };
  }
  const from = findLesson(sections, move.lessonId);
  const toIndex = sections.findIndex((s) => s.id === move.sectionId);
  if (!from || toIndex < 0) return outline;
  const lesson = from.section.lessons[from.index]!;
  sections[from.sectionIndex] = { ...from.section, lessons: from.section.lessons.filter((l) => l.id !== lesson.id) } as S;
  const target = sections[toIndex]!;
  const lessons = [...target.lessons];
  lessons.splice(Math.min(move.position, lessons.length), 0, lesson);
  sections[toIndex] = { ...target, lessons } as S;
  return { ...outline, sections };
}
