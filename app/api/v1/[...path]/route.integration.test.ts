import { describe, expect, it } from "vitest";
import { callRoute } from "@/lib/testing/call-route";
import { GET, POST } from "./route";

describe("unknown /api/v1 paths", () => {
  it("answer 404 in the contract's error shape", async () => {
    for (const handler of [GET, POST]) {
      const res = await callRoute(handler, "/api/v1/nothing/here", { method: handler === GET ? "GET" : "POST" });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(res.json.error.code).toBe("not_found");
      expect(res.json.error.requestId).toBeTruthy();
    }
  });
});
