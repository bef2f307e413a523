import { describe, expect, it } from "vitest";
import { confirmsDeletion, deleteAccountForm, deleteMeBody } from "./delete-account-input";

describe("delete-account confirmation", () => {
  it("accepts DELETE in any case and the Burmese word", () => {
    for (const typed of ["DELETE", " delete ", "Delete", "ဖျက်မည်", " ဖျက်မည် "]) expect(confirmsDeletion(typed)).toBe(true);
  });

  it("refuses anything else", () => {
    for (const typed of ["", "  ", "DELET", "DELETED", "yes", "ဖျက်", "delete my account"]) expect(confirmsDeletion(typed)).toBe(false);
    expect(deleteAccountForm.safeParse({ confirmation: "yes" }).error?.issues).toEqual([
      expect.objectContaining({ path: ["confirmation"], message: "confirmation_mismatch" }),
    ]);
  });

  it("the API needs confirm: true, nothing less", () => {
    expect(deleteMeBody.safeParse({ confirm: true }).success).toBe(true);
    for (const body of [{}, { confirm: false }, { confirm: "true" }, { confirm: 1 }, null]) expect(deleteMeBody.safeParse(body).success).toBe(false);
  });
});
