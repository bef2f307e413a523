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

/** The columns every view of an order shows (the buyer's, the center's), read by {@link toOrderCore}. */
export const orderCoreSelect = {
  id: true,
  reference: true,
  status: true,
  provider: true,
  totalAmount: true,
  refundedAmount: true,
  currency: true,
  createdAt: true,
  paidAt: true,
  course: { select: { id: true, titleEn: true, titleMy: true } },
} as const;

type OrderCoreRow = Pick<Order, "id" | "reference" | "status" | "provider" | "totalAmount" | "refundedAmount" | "currency" | "createdAt" | "paidAt"> & {
  course: { id: string; titleEn: string | null; titleMy: string | null };
};

/** The fields every order DTO shares: lower-case status and provider, the localized course title, ISO dates. */
export function toOrderCore(row: OrderCoreRow, locale: Locale) {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status.toLowerCase() as OrderDto["status"],
    provider: row.provider.toLowerCase() as OrderDto["provider"],
    total: row.totalAmount,
    refunded: row.refundedAmount,
    currency: row.currency,
    course: { id: row.course.id, title: localized(row.course.titleEn, row.course.titleMy, locale) },
    createdAt: row.createdAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}

export const orderSelect = {
  ...orderCoreSelect,
  unitAmount: true,
  discountAmount: true,
  checkoutUrl: true,
  checkoutQr: true,
  expiresAt: true,
} as const;

type OrderRow = OrderCoreRow & Pick<Order, "unitAmount" | "discountAmount" | "checkoutUrl" | "expiresAt"> & { checkoutQr: string | null };

export function toOrderDto(row: OrderRow, locale: Locale): OrderDto {
  return {
    ...toOrderCore(row, locale),
    amount: row.unitAmount,
    discount: row.discountAmount,
    // A checkout is only worth showing while the order can still be paid.
    checkout: row.status === "PENDING" ? { url: row.checkoutUrl, qr: row.checkoutQr } : { url: null, qr: null },
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}
