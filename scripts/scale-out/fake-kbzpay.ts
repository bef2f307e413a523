import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import type { KbzCredentials } from "../../lib/commerce/providers/kbzpay/credentials.ts";
import { newMmOrderId, newPrepayId, sandboxNotifyCallback, sandboxQueryResponse } from "../../lib/commerce/providers/kbzpay/sandbox-gateway.ts";
import { kbzSign } from "../../lib/commerce/providers/kbzpay/sign.ts";

type Payment = {
  merchantReference: string;
  transactionId: string | null;
  amount: number;
  currency: "MMK";
  status: "PENDING" | "PAID";
  request: Prisma.JsonValue;
};

export type FakeKbzpay = {
  /** KBZPAY_GATEWAY_URL for the app instances. */
  url: string;
  precreates(): number;
  /** The payer pays: the payment is settled and KBZPay's signed notify callback comes back. */
  pay(reference: string): { body: string; headers: Record<string, string> } | null;
  close(): Promise<void>;
};

/**
 * KBZPay's gateway on loopback (production mode has no sandbox: the instances call "KBZPay" at
 * KBZPAY_GATEWAY_URL, as they would call its UAT). precreate and queryorder answer signed with the
 * app key, built by the same protocol functions the demo sandbox uses; callbacks likewise.
 */
export async function startFakeKbzpay(credentials: KbzCredentials): Promise<FakeKbzpay> {
  const payments = new Map<string, Payment>();
  let precreates = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { Request?: Record<string, unknown> };
      const biz = (request.Request?.biz_content ?? {}) as Record<string, string>;
      const reference = biz.merch_order_id ?? "";
      res.setHeader("content-type", "application/json");
      if (req.url?.endsWith("/precreate")) {
        precreates += 1;
        payments.set(reference, payments.get(reference) ?? { merchantReference: reference, transactionId: null, amount: Number(biz.total_amount), currency: "MMK", status: "PENDING", request: { Request: (request.Request ?? {}) as Prisma.JsonObject } });
        const fields = { result: "SUCCESS", code: "0", msg: "success", merch_order_id: reference, prepay_id: newPrepayId(), qrCode: `00020101021226MMSO${reference}6304ABCD`, nonce_str: "SCALEOUT", sign_type: "SHA256" };
        res.end(JSON.stringify({ Response: { ...fields, sign: kbzSign(fields, credentials.appKey) } }));
        return;
      }
      const payment = payments.get(reference);
      if (req.url?.endsWith("/queryorder") && payment) {
        res.end(sandboxQueryResponse(payment, credentials));
        return;
      }
      res.statusCode = 404;
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/payment/gateway`,
    precreates: () => precreates,
    pay(reference) {
      const payment = payments.get(reference);
      if (!payment) return null;
      if (payment.status === "PENDING") Object.assign(payment, { status: "PAID", transactionId: newMmOrderId("mmqr", new Date()) });
      return sandboxNotifyCallback(payment, credentials);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
