import { describe, expect, it } from "vitest";
import { createLessonInput, createSectionInput, updateLessonInput, updateSectionInput } from "@/lib/authoring/schemas";
import { lessonFormDefaults, minutesToSeconds, toCreateLessonInput, toCreateSectionInput, toUpdateLessonInput, toUpdateSectionInput } from "./outline-form-values";

const ID = "0196a1b2-0000-7000-8000-000000000003";

describe("section and lesson forms → schema input", () => {
  it("maps section titles: blank is left out on create and cleared on update", () => {
    expect(createSectionInput.parse(toCreateSectionInput(ID, { titleEn: "Basics", titleMy: " " }))).toEqual({ courseId: ID, titleEn: "Basics" });
    expect(createSectionInput.safeParse(toCreateSectionInput(ID, { titleEn: "", titleMy: "" })).error?.issues[0]?.path).toEqual(["titleEn"]);
    expect(updateSectionInput.parse(toUpdateSectionInput(ID, { titleEn: "", titleMy: "အခြေခံ" }))).toEqual({ sectionId: ID, titleEn: null, titleMy: "အခြေခံ" });
  });

  it("reads minutes as seconds, with Burmese digits", () => {
    expect(minutesToSeconds("12")).toBe(720);
    expect(minutesToSeconds("၁.၅")).toBe(90);
    expect(minutesToSeconds("")).toBeNull();
    expect(minutesToSeconds("soon")).toBeNaN();
  });

  it("sends the video fields only for a video lesson", () => {
    const values = { ...lessonFormDefaults(null), titleEn: "Intro", videoUrl: "https://v.example/1", durationSeconds: "5" };
    expect(createLessonInput.parse(toCreateLessonInput(ID, values))).toEqual({ sectionId: ID, kind: "TEXT", titleEn: "Intro", isPreview: false });
    const video = createLessonInput.parse(toCreateLessonInput(ID, { ...values, kind: "VIDEO", isPreview: true }));
    expect(video).toMatchObject({ kind: "VIDEO", videoUrl: "https://v.example/1", durationSeconds: 300, isPreview: true });
    const bad = createLessonInput.safeParse(toCreateLessonInput(ID, { ...values, kind: "VIDEO", durationSeconds: "x", videoUrl: "ftp://x" }));
    expect(bad.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["durationSeconds", "videoUrl"]);
  });

  it("round-trips a stored lesson through the edit form", () => {
    const stored = { kind: "VIDEO" as const, titleEn: "L", titleMy: null, bodyEn: null, bodyMy: "စာ", videoUrl: "https://v.example/2", durationSeconds: 90, isPreview: false };
    const form = lessonFormDefaults(stored);
    expect(form.durationSeconds).toBe("1.5");
    expect(updateLessonInput.parse(toUpdateLessonInput(ID, form))).toEqual({ lessonId: ID, kind: "VIDEO", titleEn: "L", titleMy: null, bodyEn: null, bodyMy: "စာ", videoUrl: "https://v.example/2", durationSeconds: 90, isPreview: false });
    expect(toUpdateLessonInput(ID, { ...form, kind: "TEXT" })).not.toHaveProperty("videoUrl");
  });
});
