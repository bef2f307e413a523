import { generateKeyPairSync } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { productionEnv } from "@/lib/testing/production-env";
import { spkiBase64 } from "./public-key";
import { decryptRsaChunks } from "./rsa-chunks";

const dinger = generateKeyPairSync("rsa", { modulusLength: 1024 });

// The environment is parsed once per process: set production mode before anything reads it.
beforeAll(() => {
  Object.assign(process.env, productionEnv(), {
    DATABASE_URL: "postgres://unused/mmso",
    SMS_PROVIDER: "",
    DINGER_PUBLIC_KEY: spkiBase64(dinger.publicKey),
    DINGER_CALLBACK_KEY: "0123456789abcdef0123456789abcdef",
  });
});

const order = {
  id: "00000000-0000-7000-8000-000000000001",
  reference: "MMSO_20261124_0001",
  totalAmount: 45000,
  currency: "MMK" as const,
  itemName: "Python အခြေခံ",
  customerName: "MMSO student",
  expiresAt: new Date("2026-11-24T12:00:00Z"),
  returnUrl: "https://mmso.example/orders/1",
};

describe("Dinger in production mode", () => {
  it("is MMK only and has no status query", async () => {
    const { dingerProvider } = await import("./dinger-provider");
    const provider = dingerProvider();
    expect(provider.currencies).toEqual(["MMK"]);
    await expect(provider.createCheckout({ ...order, currency: "USD" })).rejects.toMatchObject({ code: "provider_not_available" });
    expect(await provider.queryPayment(order.reference, null)).toBeNull();
  });

  it("sends the buyer to Dinger's hosted form with the URL-encoded payload and hashValue", async () => {
    const { dingerFormUrl } = await import("./dinger-provider");
    const { checkoutFields, encryptCheckout } = await import("./checkout-payload");
    const fields = checkoutFields({ clientId: "c", publicKey: spkiBase64(dinger.publicKey), merchantKey: "m", projectName: "p", merchantName: "n" }, order);
    const encrypted = encryptCheckout(fields, { publicKey: dinger.publicKey, secretKey: "s" });
    const url = new URL(dingerFormUrl(encrypted));
    expect(`${url.origin}${url.pathname}`).toBe("https://form.dinger.asia/");
    expect(url.searchParams.get("hashValue")).toBe(encrypted.hashValue);
    const plaintext = decryptRsaChunks(url.searchParams.get("payload")!, dinger.privateKey);
    expect(JSON.parse(plaintext!.toString("utf8"))).toMatchObject({ merchantOrderId: order.reference, totalAmount: 45000 });
  });

  it("builds a live checkout with the configured merchant, project and key", async () => {
    const { dingerProvider } = await import("./dinger-provider");
    const checkout = await dingerProvider().createCheckout(order);
    const url = new URL(checkout.url!);
    expect(`${url.origin}${url.pathname}`).toBe("https://form.dinger.asia/");
    const plaintext = decryptRsaChunks(url.searchParams.get("payload")!, dinger.privateKey);
    expect(JSON.parse(plaintext!.toString("utf8"))).toMatchObject({ merchantOrderId: order.reference, projectName: "mmso-test", merchantName: "MMSO Test", totalAmount: 45000 });
  });

  it("has no sandbox: the sandbox gateway refuses to open", async () => {
    const { loadDingerSandboxCheckout } = await import("./sandbox-gateway");
    await expect(loadDingerSandboxCheckout({ checkoutId: "x", payload: "", hashValue: "" })).rejects.toMatchObject({ code: "not_found" });
  });
});
