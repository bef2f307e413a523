import { z } from "zod";
import type { Order } from "@/lib/generated/prisma/client";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

const currency = z.enum(["MMK", "USD"]);
const amount = z.number().int();

export const orderDto = z
  .object({
    id: z.uuid(),
    reference: z.string().meta({ description: "Sent to the provider as its order id; matches [A-Za-z0-9_]{1,40}." }),
    status: z.enum(["pending", "paid", "failed", "cancelled", "expired", "refunded", "partially_refunded"]),
    provider: z.enum(["stripe", "dinger", "kbzpay"]),
    amount: amount.meta({ description: "The course's price when ordered, in the currency's platform unit (whole kyat for MMK, cents for USD)." }),
    discount: amount,
    total: amount,
    refunded: amount,
    currency,
    course: z.object({ id: z.uuid(), title: z.string() }),
    checkout: z.object({
      url: z.string().nullable().meta({ description: "The provider's (or the sandbox's) page to pay on." }),
      qr: z.string().nullable().meta({ description: "A QR payload to render (KBZPay / MMQR)." }),
    }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    paidAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Order" });
export type OrderDto = z.input<typeof orderDto>;

export const orderSelect = {
  id: true,
  reference: true,
  status: true,
  provider: true,
  unitAmount: true,
  discountAmount: true,
  totalAmount: true,
  refundedAmount: true,
  currency: true,
  checkoutUrl: true,
  checkoutQr: true,
  createdAt: true,
  expiresAt: true,
  paidAt: true,
  course: { select: { id: true, titleEn: true, titleMy: true } },
} as const;

type OrderRow = Pick<Order, "id" | "reference" | "status" | "provider" | "unitAmount" | "discountAmount" | "totalAmount" | "refundedAmount" | "currency" | "checkoutUrl" | "createdAt" | "expiresAt" | "paidAt"> & {
  checkoutQr: string | null;
  course: { id: string; titleEn: string | null; titleMy: string | null };
};

export function toOrderDto(row: OrderRow, locale: Locale): OrderDto {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status.toLowerCase() as OrderDto["status"],
    provider: row.provider.toLowerCase() as OrderDto["provider"],
    amount: row.unitAmount,
    discount: row.discountAmount,
    total: row.totalAmount,
    refunded: row.refundedAmount,
    currency: row.currency,
    course: { id: row.course.id, title: localized(row.course.titleEn, row.course.titleMy, locale) },
    // A checkout is only worth showing while the order can still be paid.
    checkout: row.status === "PENDING" ? { url: row.checkoutUrl, qr: row.checkoutQr } : { url: null, qr: null },
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}
