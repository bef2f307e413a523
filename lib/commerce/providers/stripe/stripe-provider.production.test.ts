import { describe, expect, it, vi } from "vitest";

// Production mode, without depending on the rest of a production configuration.
vi.mock("@/lib/env", () => ({
  isProduction: () => true,
  isDemo: () => false,
  env: () => ({ APP_MODE: "production", APP_URL: "https://mmso.example", STRIPE_SECRET_KEY: "sk_live_not_used_here", STRIPE_WEBHOOK_SECRET: "whsec_not_used_here" }),
}));

describe("Stripe in production mode", () => {
  it("is the live adapter: a status query without a session id asks nobody and finds nothing", async () => {
    const { stripeProvider } = await import("./stripe-provider");
    await expect(stripeProvider().queryPayment("MMSO_X", null)).resolves.toBeNull();
  });

  it("has no sandbox: the sandbox adapter and the sandbox page's actions answer not_found before any database work", async () => {
    const { sandboxStripeProvider } = await import("./sandbox-stripe-provider");
    const { settleStripeSandboxCheckout, findStripeSandboxCheckout } = await import("./sandbox-gateway");
    const sandbox = sandboxStripeProvider();
    await expect(sandbox.queryPayment("MMSO_X", null)).rejects.toMatchObject({ code: "not_found" });
    await expect(sandbox.refund!({ transactionId: "pi_x", amount: 1, currency: "MMK", idempotencyKey: "k" })).rejects.toMatchObject({ code: "not_found" });
    await expect(settleStripeSandboxCheckout("cs_test_x", "pay")).rejects.toMatchObject({ code: "not_found" });
    await expect(findStripeSandboxCheckout("cs_test_x")).rejects.toMatchObject({ code: "not_found" });
  });
});
