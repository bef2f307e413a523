import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { readFromReplica } from "@/lib/db-replicas";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { csvLine, UTF8_BOM } from "./csv";
import { toFigures, type FigureRow } from "./finance-figures";
import { financePeriodInput, type FinancePeriodInput } from "./finance-input";
import { financeExportBatchSql, FIRST_ORDER_CURSOR } from "./finance-sql";

/** Rows read per query: the export never holds more than one batch in memory. */
export const EXPORT_BATCH_SIZE = 1_000;

export const EXPORT_COLUMNS = ["reference", "paid_at", "course", "method", "currency", "gross", "discount", "fee", "commission", "net", "refunded"] as const;

type Row = FigureRow & { order_id: string; currency: string; reference: string; paid_at: Date | null; provider: string; method: string | null; title_en: string | null; title_my: string | null };

const PROVIDERS: Record<string, string> = { STRIPE: "Stripe", DINGER: "Dinger", KBZPAY: "KBZPay" };

// Amounts in the currency's major unit, as a spreadsheet sums them: whole kyat, dollars with cents.
const amount = (value: number, currency: string) => (currency === "MMK" ? value : Number((value / 100).toFixed(2)));

function toLine(row: Row, locale: Locale): string {
  const f = toFigures(row);
  const method = [PROVIDERS[row.provider] ?? row.provider, row.method].filter(Boolean).join(" · ");
  const money = (value: number) => amount(value, row.currency);
  return csvLine([
    row.reference,
    row.paid_at ? row.paid_at.toISOString() : null,
    localized(row.title_en, row.title_my, locale),
    method,
    row.currency,
    money(f.gross),
    money(f.discounts),
    money(f.providerFees),
    money(f.commission),
    money(f.net),
    money(f.refunds),
  ]);
}

/**
 * A center's order-level ledger lines for a period as a CSV stream (`order.read`): one line per
 * order with lines in the period, the figures of those lines (so the file adds up to the report),
 * read in keyset batches of {@link EXPORT_BATCH_SIZE} by order id, pulled as the client reads.
 * Starts with a UTF-8 BOM so that Excel shows Burmese. Authorizes and validates before streaming.
 * Each batch reads a replica when one is configured (ADR 0045), the primary if it cannot.
 */
export function financeExportStream(access: CenterAccess, input: FinancePeriodInput, locale: Locale = "en"): ReadableStream<Uint8Array> {
  requirePermission(access, "order.read");
  const { from, to } = financePeriodInput.parse(input);
  const period = { centerId: access.centerId, from, to };
  const encoder = new TextEncoder();
  let cursor: string | null = FIRST_ORDER_CURSOR;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvLine([...EXPORT_COLUMNS])));
    },
    // Called when the consumer wants more: one batch per pull, so a slow client slows the reads.
    async pull(controller) {
      if (cursor === null) return;
      const sql = financeExportBatchSql(period, cursor, EXPORT_BATCH_SIZE);
      const rows = await readFromReplica((reader) => reader.$queryRawUnsafe<Row[]>(sql.text, ...sql.values));
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map((row) => toLine(row, locale)).join("")));
      cursor = rows.length === EXPORT_BATCH_SIZE ? (rows.at(-1) as Row).order_id : null;
      if (cursor === null) controller.close();
    },
  }, { highWaterMark: 1 });
}

/** The download's file name: `finance-<center>-<from>-<to>.csv` (slugs and dates are ASCII). */
export function financeExportFileName(centerSlug: string, input: { from: string; to: string }): string {
  return `finance-${centerSlug.replace(/[^A-Za-z0-9_-]/g, "")}-${input.from}-${input.to}.csv`;
}
