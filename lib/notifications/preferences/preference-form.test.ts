import { describe, expect, it } from "vitest";
import { changesFromForm, shownValue } from "./preference-form";
import { updateNotificationPreferencesInput } from "./preference-schemas";

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("the settings form's encoding", () => {
  it("turns only the boxes whose state differs from what was shown into changes", () => {
    const data = form([
      ["shown", shownValue("COURSE_ANNOUNCEMENT", "PUSH", true)],
      ["shown", shownValue("COURSE_ANNOUNCEMENT", "IN_APP", true)],
      ["on", "COURSE_ANNOUNCEMENT:IN_APP"],
      ["shown", shownValue("QUIZ_RESULT", "EMAIL", false)],
      ["on", "QUIZ_RESULT:EMAIL"],
      ["shown", shownValue("QUIZ_RESULT", "TELEGRAM", false)],
      // A tick without a shown entry (a locked box is disabled and shows none) changes nothing.
      ["on", "ACCOUNT_SECURITY:EMAIL"],
    ]);
    expect(changesFromForm(data)).toEqual({
      preferences: [
        { kind: "COURSE_ANNOUNCEMENT", channel: "PUSH", enabled: false },
        { kind: "QUIZ_RESULT", channel: "EMAIL", enabled: true },
      ],
    });
    expect(updateNotificationPreferencesInput.safeParse(changesFromForm(data)).success).toBe(true);
  });

  it("an untouched form has no changes", () => {
    expect(changesFromForm(form([["shown", shownValue("QUIZ_RESULT", "PUSH", false)]]))).toEqual({ preferences: [] });
  });

  it("a forged entry makes the shared schema refuse the whole form", () => {
    for (const forged of ["QUIZ_RESULT:PUSH=2", "quiz:push=1", "x".repeat(500)]) {
      const changes = changesFromForm(form([["shown", shownValue("QUIZ_RESULT", "EMAIL", false)], ["on", "QUIZ_RESULT:EMAIL"], ["shown", forged]]));
      expect(updateNotificationPreferencesInput.safeParse(changes).success, forged).toBe(false);
    }
    const locked = changesFromForm(form([["shown", shownValue("ACCOUNT_SECURITY", "PUSH", true)]]));
    const parsed = updateNotificationPreferencesInput.safeParse(locked);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["preferences.0.enabled"]);
  });
});
