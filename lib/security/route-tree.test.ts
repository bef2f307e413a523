import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportedMethods, listRouteHandlers, routePath } from "./route-tree";

/** Every route.ts under app/, counted independently of the code under test. */
function countRouteFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (count, item) => count + (item.isDirectory() ? countRouteFiles(path.join(dir, item.name)) : item.name === "route.ts" ? 1 : 0),
    0,
  );
}

describe("exportedMethods", () => {
  it("reads every form a route module can export a method in", () => {
    const source = `
      import { handlers } from "@/lib/auth/next-auth";
      export const dynamic = "force-dynamic";
      export async function GET() {}
      export function HEAD() {}
      export const { POST, other } = handlers;
      export const { handler: PUT } = handlers;
      const remove = () => null;
      export { remove as DELETE };
      export { OPTIONS } from "./shared";
      function PATCH() {}
      export const helper = 1;
    `;
    expect(exportedMethods(source)).toEqual(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"]);
  });

  it("ignores methods that are not exported and names that only look alike", () => {
    expect(exportedMethods(`const GET = 1; export const get = 2; export default function POST() {}`)).toEqual([]);
  });

  it("refuses `export *`, which would hide a method from the matrix", () => {
    expect(() => exportedMethods(`export * from "./other";`, "app/x/route.ts")).toThrow(/app\/x\/route\.ts/);
  });
});

describe("routePath", () => {
  it("drops route groups and parallel slots, keeps dynamic segments", () => {
    expect(routePath("(site)/account/export/download")).toBe("/account/export/download");
    expect(routePath("center/[slug]/@modal/students/rows")).toBe("/center/[slug]/students/rows");
    expect(routePath("media/[...key]")).toBe("/media/[...key]");
  });
});

describe("listRouteHandlers (the real app/ tree)", () => {
  const handlers = listRouteHandlers();

  it("finds every route.ts file and at least one method in each", () => {
    const files = new Set(handlers.map((entry) => entry.file));
    expect(files.size).toBe(countRouteFiles(path.join(process.cwd(), "app")));
    expect(files.size).toBeGreaterThanOrEqual(55);
  });

  it("lists handlers outside app/api too, with the methods their files export", () => {
    const keys = handlers.map((entry) => entry.key);
    expect(keys).toEqual(expect.arrayContaining([
      "POST /account/export/download",
      "GET /center/[slug]/courses/[courseId]/live-classes/[liveClassId]/start",
      "GET /media/[...key]",
      "GET /api/auth/[...nextauth]",
      "POST /api/auth/[...nextauth]",
      "GET /api/webhooks/messenger",
      "POST /api/webhooks/messenger",
      "DELETE /api/v1/me",
      "PATCH /api/v1/me",
      "GET /api/v1/me/export",
    ]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(handlers.find((entry) => entry.key === "GET /api/v1/me")?.file).toBe("app/api/v1/me/route.ts");
  });
});
