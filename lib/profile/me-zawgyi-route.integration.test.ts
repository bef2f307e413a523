import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { PATCH } from "@/app/api/v1/me/route";

const patch = (authorization: string, body: unknown) => ({
  method: "PATCH",
  headers: { authorization, "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("PATCH /api/v1/me with a name typed on a Zawgyi keyboard", () => {
  it("stores and answers the name in Unicode", async () => {
    const user = await createUser({ name: "Before" });
    const auth = await bearerFor(user.id);
    const zawgyi = unicodeToZawgyi("ကျော်ဇင် မြင့်");
    expect(zawgyi).not.toBe("ကျော်ဇင် မြင့်");

    const res = await callRoute(PATCH, "/api/v1/me", patch(auth, { name: `  ${zawgyi}\u200B ` }));
    expect(res.status).toBe(200);
    expect(res.json.name).toBe("ကျော်ဇင် မြင့်");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("ကျော်ဇင် မြင့်");
  });

  it("leaves Unicode and English names alone and rejects a name that is empty once cleaned", async () => {
    const user = await createUser({ name: "Same" });
    const auth = await bearerFor(user.id);
    expect((await callRoute(PATCH, "/api/v1/me", patch(auth, { name: "အဲလစ် Aung" }))).json.name).toBe("အဲလစ် Aung");

    const blank = await callRoute(PATCH, "/api/v1/me", patch(auth, { name: " \u200B\u200C " }));
    expect(blank.status).toBe(422);
    expect(blank.json.error.details.map((d: { path: string }) => d.path)).toContain("body.name");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("အဲလစ် Aung");
  });
});
