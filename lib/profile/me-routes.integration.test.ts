import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { DELETE as deletePhoto, PUT as putPhoto } from "@/app/api/v1/me/photo/route";
import { GET, PATCH } from "@/app/api/v1/me/route";

const json = (authorization: string, body: unknown) => ({
  method: "PATCH",
  headers: { authorization, "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("GET/PATCH /api/v1/me (policy S6, S8)", () => {
  it("needs a token", async () => {
    const res = await callRoute(GET, "/api/v1/me");
    expect(res.status).toBe(401);
  });

  it("shows and corrects only the caller's own profile, never cached", async () => {
    const [alice, bob] = await Promise.all([createUser({ name: "Alice" }), createUser({ name: "Bob" })]);
    const [asAlice, asBob] = await Promise.all([bearerFor(alice.id), bearerFor(bob.id)]);
    const me = await callRoute(GET, "/api/v1/me", { headers: { authorization: asAlice } });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ id: alice.id, name: "Alice", phone: alice.phone });
    expect(me.headers.get("cache-control")).toBe("no-store");

    const patched = await callRoute(PATCH, "/api/v1/me", json(asAlice, { name: "အဲလစ်", locale: "my" }));
    expect(patched.json).toMatchObject({ id: alice.id, name: "အဲလစ်", locale: "my" });
    expect((await callRoute(GET, "/api/v1/me", { headers: { authorization: asBob } })).json.name).toBe("Bob");
  });

  it("rejects fields it does not know, and bad values, with 422 and paths", async () => {
    const user = await createUser({ name: "Same" });
    const auth = await bearerFor(user.id);
    const res = await callRoute(PATCH, "/api/v1/me", json(auth, { name: "", role: "PLATFORM_ADMIN", phone: "+959000" }));
    expect(res.status).toBe(422);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["body.name"]));
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ name: "Same", role: "USER", phone: user.phone });
  });

  it("uploads and removes a photo as raw image bytes", async () => {
    const user = await createUser();
    const auth = await bearerFor(user.id);
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#1d5fd6" } }).png().toBuffer();
    const wrongType = await callRoute(putPhoto, "/api/v1/me/photo", { method: "PUT", headers: { authorization: auth, "content-type": "text/plain" }, body: png });
    expect(wrongType.status).toBe(415);
    const put = await callRoute(putPhoto, "/api/v1/me/photo", { method: "PUT", headers: { authorization: auth, "content-type": "image/png" }, body: png });
    expect(put.status).toBe(200);
    expect(put.json.photoUrl).toMatch(/\.webp$/);
    const removed = await callRoute(deletePhoto, "/api/v1/me/photo", { method: "DELETE", headers: { authorization: auth } });
    expect(removed.json.photoUrl).toBeNull();
  });
});
