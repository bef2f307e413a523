import type { FieldError } from "./field-errors";

const MAX_NODES = 100_000;

/**
 * The dotted path of the first string (or object key) in `value` that contains U+0000, or null.
 * PostgreSQL text cannot store that character: letting it through turns client input into a 500
 * (found by lib/security/input-fuzz.integration.test.ts in coupon codes, device and event fields).
 * Iterative, so a body nested thousands of levels deep cannot overflow the stack.
 */
export function findNulCharacter(value: unknown, prefix: string): FieldError | null {
  const stack: [unknown, string][] = [[value, prefix]];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === "string") {
      if (current.includes("\u0000")) return { path, code: "invalid_characters", message: "Text must not contain NUL characters" };
    } else if (current && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        if (key.includes("\u0000")) return { path, code: "invalid_characters", message: "Keys must not contain NUL characters" };
        stack.push([child, `${path}.${key}`]);
      }
    }
  }
  return null;
}
