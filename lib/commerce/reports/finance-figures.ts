/** A report row's money, signed from the center's side, in the currency's platform unit. */
export type FinanceFigures = {
  gross: number;
  discounts: number;
  /** Money given back to students (negative). */
  refunds: number;
  providerFees: number;
  /** The platform's commission, net of what it returned on refunds (negative). */
  commission: number;
  /** What the center keeps: gross + discounts + refunds + providerFees + commission. */
  net: number;
  /** Orders paid in the period. */
  orders: number;
};

export type FigureRow = Record<"gross" | "discounts" | "refunds" | "provider_fees" | "commission" | "net" | "orders", bigint | number | string>;

/** The figure columns of a row from finance-sql.ts (bigint from Prisma, text from node-postgres). */
export function toFigures(row: FigureRow): FinanceFigures {
  return {
    gross: Number(row.gross),
    discounts: Number(row.discounts),
    refunds: Number(row.refunds),
    providerFees: Number(row.provider_fees),
    commission: Number(row.commission),
    net: Number(row.net),
    orders: Number(row.orders),
  };
}

export const ZERO_FIGURES: FinanceFigures = { gross: 0, discounts: 0, refunds: 0, providerFees: 0, commission: 0, net: 0, orders: 0 };

export function addFigures(a: FinanceFigures, b: FinanceFigures): FinanceFigures {
  return {
    gross: a.gross + b.gross,
    discounts: a.discounts + b.discounts,
    refunds: a.refunds + b.refunds,
    providerFees: a.providerFees + b.providerFees,
    commission: a.commission + b.commission,
    net: a.net + b.net,
    orders: a.orders + b.orders,
  };
}
