import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { createUser, unique } from "@/lib/testing/factories";
import { enroll } from "@/lib/testing/learning-factories";
import { addStaff } from "@/lib/testing/staff-factories";
import { completeLessons, createQuizAttempts, createStudentsCenter } from "@/lib/testing/student-factories";
import { listCenterStudents } from "./list-center-students";

const DAY = 24 * 3600_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const phone = () => `+959420${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

/** Center A with three students, and center B with one of them plus a student of its own. */
async function setup() {
  const a = await createStudentsCenter();
  const b = await createStudentsCenter();
  const tag = unique("n");
  const mya = await createUser({ name: `Mya ${tag}`, phone: phone(), email: `${unique("mail")}@example.com` });
  const kyaw = await createUser({ name: `Kyaw ${tag}` });
  const hla = await createUser({ name: `Hla ${tag}` });
  const onlyB = await createUser({ name: `Zaw ${tag}` });
  // mya: taught course, half done, enrolled 10 days ago; kyaw: other course, revoked, 5 days ago;
  // hla: both courses, enrolled 1 day ago (newest), no activity since.
  const myaTaught = await enroll(mya.id, a.taught);
  await db.enrollment.update({ where: { id: myaTaught.id }, data: { createdAt: ago(10) } });
  await completeLessons(mya.id, a.taught, 2, ago(0.1));
  const kyawOther = await enroll(kyaw.id, a.other, { status: "REVOKED" });
  await db.enrollment.update({ where: { id: kyawOther.id }, data: { createdAt: ago(5) } });
  for (const course of [a.taught, a.other]) {
    const row = await enroll(hla.id, course);
    await db.enrollment.update({ where: { id: row.id }, data: { createdAt: ago(1) } });
  }
  // mya is B's student too, with progress and a quiz there; onlyB is B's alone.
  await enroll(mya.id, b.taught);
  await completeLessons(mya.id, b.taught, 4);
  await createQuizAttempts(b.taught, mya.id, [90]);
  await enroll(onlyB.id, b.other);
  const access = (actor: Parameters<typeof getCenterAccess>[0], center = a.center) => getCenterAccess(actor, center.id);
  return { a, b, tag, mya, kyaw, hla, onlyB, access };
}

const names = (page: { items: { name: string | null }[] }) => page.items.map((item) => item.name?.split(" ")[0]);

describe("listCenterStudents", () => {
  it("lists the center's students with their enrollments here only, newest activity first", async () => {
    const { a, mya, access } = await setup();
    const page = await listCenterStudents(await access(a.admin.actor), {}, "en");
    expect(names(page)).toEqual(["Mya", "Hla", "Kyaw"]);
    expect(page).toMatchObject({ page: 1, pageSize: 25, total: 3 });
    const row = page.items[0]!;
    expect(row).toMatchObject({ userId: mya.id, accountStatus: "active", enrollments: [{ courseId: a.taught.id, status: "active", percent: 50 }] });
    // Masked contact, never the whole number or address.
    expect(row.contact.phone).toMatch(/^\+959•••\d{3}$/);
    expect(row.contact.email).toMatch(/^ma•••@example\.com$/);
    expect(JSON.stringify(page)).not.toContain(mya.phone!);
    expect(JSON.stringify(page)).not.toContain(mya.email!);
  });

  it("sorts by the newest enrollment and pages with a total", async () => {
    const { a, access } = await setup();
    const viewer = await access(a.owner.actor);
    expect(names(await listCenterStudents(viewer, { sort: "enrolled" }, "en"))).toEqual(["Hla", "Kyaw", "Mya"]);
    const first = await listCenterStudents(viewer, { sort: "enrolled", pageSize: 2 }, "en");
    const second = await listCenterStudents(viewer, { sort: "enrolled", pageSize: 2, page: 2 }, "en");
    expect([names(first), first.total, names(second), second.total]).toEqual([["Hla", "Kyaw"], 3, ["Mya"], 3]);
    expect(await listCenterStudents(viewer, { pageSize: 2, page: 9 }, "en")).toEqual({ items: [], page: 9, pageSize: 2, total: 3 });
  });

  it("searches a part of a name, or a whole phone (any spelling) or email — never a fragment of a contact", async () => {
    const { a, tag, mya, access } = await setup();
    const viewer = await access(a.admin.actor);
    const search = async (q: string) => names(await listCenterStudents(viewer, { q }, "en"));
    expect(await search(`kyaw ${tag}`)).toEqual(["Kyaw"]);
    expect(await search(tag)).toHaveLength(3);
    expect(await search(`0${mya.phone!.slice(3)}`)).toEqual(["Mya"]);
    expect(await search(mya.phone!.replace(/^\+95/, "+95 "))).toEqual(["Mya"]);
    expect(await search(mya.email!.toUpperCase())).toEqual(["Mya"]);
    expect(await search(mya.phone!.slice(0, 9))).toEqual([]);
    expect(await search(mya.email!.slice(0, 6))).toEqual([]);
    expect(await search("100%")).toEqual([]);
  });

  it("filters by course and by enrollment status (an ACTIVE enrollment past its expiry is expired)", async () => {
    const { a, hla, access } = await setup();
    const viewer = await access(a.admin.actor);
    const list = async (filters: Parameters<typeof listCenterStudents>[1]) => names(await listCenterStudents(viewer, filters, "en"));
    expect(await list({ courseId: a.other.id })).toEqual(["Hla", "Kyaw"]);
    expect(await list({ status: "revoked" })).toEqual(["Kyaw"]);
    expect(await list({ courseId: a.taught.id, status: "revoked" })).toEqual([]);
    await db.enrollment.updateMany({ where: { userId: hla.id, courseId: a.other.id }, data: { expiresAt: ago(0.5) } });
    expect(await list({ status: "expired" })).toEqual(["Hla"]);
    expect(await list({ courseId: a.other.id, status: "active" })).toEqual([]);
    const hlaRow = (await listCenterStudents(viewer, { q: "Hla" }, "en")).items[0]!;
    expect(hlaRow.enrollments.map((e) => e.status).sort()).toEqual(["active", "expired"]);
  });

  it("counts a quiz attempt or lesson view in this center as activity", async () => {
    const { a, kyaw, access } = await setup();
    await createQuizAttempts(a.other, kyaw.id, [40]);
    expect(names(await listCenterStudents(await access(a.admin.actor), {}, "en"))[0]).toBe("Kyaw");
  });

  it("shows an instructor only the students and enrollments of their assigned courses", async () => {
    const { a, hla, access } = await setup();
    const viewer = await access(a.instructor.actor);
    const page = await listCenterStudents(viewer, {}, "en");
    expect(names(page)).toEqual(["Mya", "Hla"]);
    expect(page.items.find((row) => row.userId === hla.id)?.enrollments.map((e) => e.courseId)).toEqual([a.taught.id]);
    // Another course of the center filters to nothing, like an unknown one.
    expect(await listCenterStudents(viewer, { courseId: a.other.id }, "en")).toMatchObject({ items: [], total: 0 });
    expect(await listCenterStudents(viewer, { status: "revoked" }, "en")).toMatchObject({ items: [], total: 0 });
  });

  it("two tenants: B's staff list B's students only, and cannot open A at all", async () => {
    const { a, b, mya, onlyB, access } = await setup();
    const page = await listCenterStudents(await access(b.admin.actor, b.center), {}, "en");
    expect(page.items.map((row) => row.userId).sort()).toEqual([mya.id, onlyB.id].sort());
    expect(page.items.flatMap((row) => row.enrollments.map((e) => e.courseId)).every((id) => [b.taught.id, b.other.id].includes(id))).toBe(true);
    // A's course id as a filter in B answers nothing.
    expect((await listCenterStudents(await access(b.admin.actor, b.center), { courseId: a.taught.id }, "en")).items).toEqual([]);
    await expect(access(b.admin.actor)).rejects.toMatchObject({ code: "not_found" });
    const stranger = await createUser();
    await expect(access({ userId: stranger.id, platformRole: "USER", sessionId: "s", sessionKind: "web" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers not_found to a deactivated member", async () => {
    const { a, access } = await setup();
    const gone = await addStaff(a.center.id, "ADMIN");
    await db.centerMembership.update({ where: { id: gone.membership.id }, data: { status: "DEACTIVATED" } });
    await expect(access(gone.actor)).rejects.toMatchObject({ code: "not_found" });
  });
});
