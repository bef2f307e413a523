"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/locales";
import { formatAxisValue, formatValue, type ValueKind } from "./format";

export type RankedChartProps = { bars: { label: string; value: number }[]; valueKind: ValueKind; valueLabel: string; locale: Locale };

/** Horizontal bars, largest first (courses, quizzes, search terms); the table beside it has the numbers. */
export default function RankedChart({ bars, valueKind, valueLabel, locale }: RankedChartProps) {
  const height = Math.max(120, bars.length * 36 + 40);
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <BarChart responsive layout="vertical" data={bars} margin={{ top: 4, right: 16, bottom: 0, left: 0 }} style={{ width: "100%", height: "100%" }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          allowDecimals={false}
          domain={valueKind.kind === "percent" ? [0, 100] : [0, "auto"]}
          tick={{ fontSize: 12 }}
          tickFormatter={(value: number) => formatAxisValue(value, valueKind, locale)}
        />
        <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} tickFormatter={(label: string) => (label.length > 18 ? `${label.slice(0, 17)}…` : label)} />
        <Tooltip formatter={(value) => [formatValue(Number(value), valueKind, locale), valueLabel]} />
        <Bar dataKey="value" fill="#0d9488" radius={[0, 3, 3, 0]} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
