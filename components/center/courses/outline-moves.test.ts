import { describe, expect, it } from "vitest";
import { applyMove, dragId, dropToMove, stepMove } from "./outline-moves";

const outline = {
  courseId: "c",
  sections: [
    { id: "s1", lessons: [{ id: "a" }, { id: "b" }, { id: "c" }] },
    { id: "s2", lessons: [{ id: "d" }] },
    { id: "s3", lessons: [] },
  ],
};
const shape = (o: typeof outline) => o.sections.map((s) => `${s.id}:${s.lessons.map((l) => l.id).join("")}`);

describe("outline moves", () => {
  it("turns drops into the server's moves", () => {
    expect(dropToMove(outline, dragId.section("s1"), dragId.section("s3"))).toEqual({ type: "section", sectionId: "s1", position: 2 });
    expect(dropToMove(outline, dragId.section("s3"), dragId.lesson("a"))).toEqual({ type: "section", sectionId: "s3", position: 0 });
    expect(dropToMove(outline, dragId.lesson("a"), dragId.lesson("c"))).toEqual({ type: "lesson", lessonId: "a", sectionId: "s1", position: 2 });
    expect(dropToMove(outline, dragId.lesson("c"), dragId.lesson("d"))).toEqual({ type: "lesson", lessonId: "c", sectionId: "s2", position: 0 });
    expect(dropToMove(outline, dragId.lesson("b"), dragId.container("s3"))).toEqual({ type: "lesson", lessonId: "b", sectionId: "s3", position: 0 });
    expect(dropToMove(outline, dragId.lesson("a"), dragId.lesson("a"))).toBeNull();
    expect(dropToMove(outline, dragId.lesson("a"), dragId.container("s1"))).toBeNull();
    expect(dropToMove(outline, dragId.section("s1"), null)).toBeNull();
    expect(dropToMove(outline, "x", dragId.lesson("a"))).toBeNull();
  });

  it("steps items up and down, across section edges, and not past the ends", () => {
    expect(stepMove(outline, { type: "section", id: "s1" }, -1)).toBeNull();
    expect(stepMove(outline, { type: "section", id: "s1" }, 1)).toEqual({ type: "section", sectionId: "s1", position: 1 });
    expect(stepMove(outline, { type: "lesson", id: "b" }, -1)).toEqual({ type: "lesson", lessonId: "b", sectionId: "s1", position: 0 });
    expect(stepMove(outline, { type: "lesson", id: "c" }, 1)).toEqual({ type: "lesson", lessonId: "c", sectionId: "s2", position: 0 });
    expect(stepMove(outline, { type: "lesson", id: "d" }, -1)).toEqual({ type: "lesson", lessonId: "d", sectionId: "s1", position: 3 });
    expect(stepMove(outline, { type: "lesson", id: "a" }, -1)).toBeNull();
  });

  it("applies moves the way the server renumbers them", () => {
    expect(shape(applyMove(outline, { type: "section", sectionId: "s1", position: 2 }))).toEqual(["s2:d", "s3:", "s1:abc"]);
    expect(shape(applyMove(outline, { type: "lesson", lessonId: "a", sectionId: "s1", position: 2 }))).toEqual(["s1:bca", "s2:d", "s3:"]);
    expect(shape(applyMove(outline, { type: "lesson", lessonId: "b", sectionId: "s2", position: 0 }))).toEqual(["s1:ac", "s2:bd", "s3:"]);
    expect(shape(applyMove(outline, { type: "lesson", lessonId: "d", sectionId: "s3", position: 9 }))).toEqual(["s1:abc", "s2:", "s3:d"]);
    expect(shape(outline)).toEqual(["s1:abc", "s2:d", "s3:"]);
  });
});
