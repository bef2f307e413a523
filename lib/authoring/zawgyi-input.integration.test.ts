import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCoursesRoute } from "@/app/api/v1/courses/route";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { searchCourses } from "@/lib/catalog/search/search-courses";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory } from "@/lib/testing/factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { createCourse } from "./create-course";
import { createLesson, updateLesson } from "./lessons";
import { publishCourse } from "./publish-course";
import { createSection } from "./sections";
import { updateCourse } from "./update-course";

const TITLE = "ကွန်ပျူတာ ပရိုဂရမ်းမင်း အခြေခံ";
const QUERY = "ပရိုဂရမ်းမင်း";

let owner: CenterAccess;
let categoryId: string;

beforeAll(async () => {
  const a = await createCenterWithStaff();
  owner = await getCenterAccess(a.owner.actor, a.center.id);
  categoryId = (await createCategory()).id;
});

describe("Burmese typed with a Zawgyi keyboard (authoring)", () => {
  it("stores Unicode, so a Unicode search finds the course", async () => {
    const zawgyiTitle = unicodeToZawgyi(TITLE);
    expect(zawgyiTitle).not.toBe(TITLE);
    expect(zawgyiTitle).not.toContain(QUERY);
    const description = "သင်ခန်းစာ ၁၀ ခု\n\n- မြန်မာစာ ဖြင့်\n- Python 3";

    const { courseId } = await createCourse(owner, {
      categoryId,
      titleMy: zawgyiTitle,
      summaryMy: ` ${unicodeToZawgyi("အခြေခံ သင်တန်း")}\u200B `,
      descriptionMy: unicodeToZawgyi(description).replaceAll("\n", "\r\n"),
      priceAmount: 0,
    });
    const { sectionId } = await createSection(owner, { courseId, titleMy: unicodeToZawgyi("ပထမ အပိုင်း") });
    const { lessonId } = await createLesson(owner, { sectionId, kind: "TEXT", titleMy: unicodeToZawgyi("နိဒါန်း"), bodyMy: `# Intro\n${unicodeToZawgyi("မြန်မာစာ")}\n` });
    await publishCourse(owner, { courseId });

    expect(await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { titleMy: true, summaryMy: true, descriptionMy: true } })).toEqual({
      titleMy: TITLE,
      summaryMy: "အခြေခံ သင်တန်း",
      descriptionMy: description,
    });
    expect(await db.section.findUniqueOrThrow({ where: { id: sectionId }, select: { titleMy: true } })).toEqual({ titleMy: "ပထမ အပိုင်း" });
    expect(await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { titleMy: true, bodyMy: true } })).toEqual({
      titleMy: "နိဒါန်း",
      bodyMy: "# Intro\nမြန်မာစာ",
    });

    expect((await searchCourses({ q: QUERY, after: null, take: 10 })).map((row) => row.id)).toEqual([courseId]);
    const res = await callRoute(listCoursesRoute, `/api/v1/courses?q=${encodeURIComponent(QUERY)}`, { headers: { "accept-language": "my" } });
    expect(res.status).toBe(200);
    expect(res.json.items).toEqual([expect.objectContaining({ id: courseId, title: TITLE })]);
  });

  it("converts on update too, and still checks the length of the converted text", async () => {
    const { courseId } = await createCourse(owner, { categoryId, titleEn: "Update me", priceAmount: 0 });
    await updateCourse(owner, { courseId, titleMy: unicodeToZawgyi("မြန်မာစာ ပေ") });
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).titleMy).toBe("မြန်မာစာ ပေ");
    await expect(updateCourse(owner, { courseId, titleMy: " \u200B " })).rejects.toThrow();

    const { sectionId } = await createSection(owner, { courseId, titleEn: "S" });
    const { lessonId } = await createLesson(owner, { sectionId, kind: "TEXT", titleEn: "L" });
    await updateLesson(owner, { lessonId, bodyMy: unicodeToZawgyi("ပထမ စာကြောင်း\n    ဒုတိယ") });
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).bodyMy).toBe("ပထမ စာကြောင်း\n    ဒုတိယ");
  });
});
