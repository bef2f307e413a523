import { describe, expect, it } from "vitest";
import { encodeBody, matchesEtag } from "./etag";

describe("response bodies and their ETags", () => {
  it("encodes UTF-8 and names the bytes by a stable strong tag, computed once", () => {
    const body = encodeBody(JSON.stringify({ title: "မြန်မာ" }));
    expect(new TextDecoder().decode(body.bytes)).toBe('{"title":"မြန်မာ"}');
    expect(body.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(body.etag).toBe(body.etag);
    expect(encodeBody('{"title":"မြန်မာ"}').etag).toBe(body.etag);
    expect(encodeBody('{"title":"Myanmar"}').etag).not.toBe(body.etag);
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    const { etag } = encodeBody("{}");
    expect(matchesEtag(`"x", W/${etag}`, etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
    expect(matchesEtag('"other"', etag)).toBe(false);
    expect(matchesEtag(null, etag)).toBe(false);
  });
});
