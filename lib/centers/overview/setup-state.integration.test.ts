import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { createCategory, createCourse } from "@/lib/testing/factories";
import { createOrderAt } from "@/lib/testing/overview-factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";
import { getSetupStep } from "./setup-state";

describe("getSetupStep (a new center's first steps)", () => {
  it("goes create a course → publish it → make a first sale → done", async () => {
    const { center, admin } = await createCenterWithStaff();
    const access = await getCenterAccess(admin.actor, center.id);
    expect(await getSetupStep(access)).toBe("create_course");
    const category = await createCategory();
    const draft = await createCourse({ centerId: center.id, categoryId: category.id, status: "DRAFT" });
    expect(await getSetupStep(access)).toBe("publish_course");
    await createCourse({ centerId: center.id, categoryId: category.id });
    expect(await getSetupStep(access)).toBe("first_sale");
    await createOrderAt(draft, { total: 10_000, status: "PENDING" });
    expect(await getSetupStep(access)).toBe("first_sale");
    await createOrderAt(draft, { total: 10_000 });
    expect(await getSetupStep(access)).toBeNull();
  });

  it("looks at the center's own courses and sales only", async () => {
    const [mine, other] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    const category = await createCategory();
    const sold = await createCourse({ centerId: other.center.id, categoryId: category.id });
    await createOrderAt(sold, { total: 10_000 });
    expect(await getSetupStep(await getCenterAccess(mine.owner.actor, mine.center.id))).toBe("create_course");
    expect(await getSetupStep(await getCenterAccess(other.owner.actor, other.center.id))).toBeNull();
  });
});
