import { describe, expect, it } from "vitest";
import { findNulCharacter } from "./nul-characters";

describe("findNulCharacter", () => {
  it("finds U+0000 in nested strings and keys, with the field's path", () => {
    expect(findNulCharacter({ events: [{ screen: "a\u0000b" }] }, "body")).toMatchObject({ path: "body.events.0.screen", code: "invalid_characters" });
    expect(findNulCharacter({ props: { ["k\u0000"]: 1 } }, "body")).toMatchObject({ path: "body.props" });
    expect(findNulCharacter("\u0000", "query")).toMatchObject({ path: "query" });
  });

  it("passes ordinary, Burmese, emoji and escaped-looking text, and survives deep nesting", () => {
    expect(findNulCharacter({ name: "မြန်မာ 🇲🇲", note: "\\u0000 is text here", n: 0, ok: null }, "body")).toBeNull();
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(findNulCharacter(deep, "body")).toBeNull();
  });
});
