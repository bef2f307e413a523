"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/locales";
import { formatAxisValue, formatDay, formatValue, type ValueKind } from "./format";

export type DailyChartProps = { points: { day: string; value: number }[]; valueKind: ValueKind; valueLabel: string; locale: Locale };

/**
 * One value per day as bars. Decoration for sighted readers: the same numbers are in the
 * server-rendered table beside it, so the chart is hidden from screen readers.
 */
export default function DailyChart({ points, valueKind, valueLabel, locale }: DailyChartProps) {
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <BarChart responsive data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} style={{ width: "100%", height: "100%" }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="day" tickFormatter={(day: string) => formatDay(day, locale)} tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis allowDecimals={false} width={56} tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatAxisValue(value, valueKind, locale)} />
        <Tooltip
          labelFormatter={(day) => formatDay(String(day), locale, true)}
          formatter={(value) => [formatValue(Number(value), valueKind, locale), valueLabel]}
        />
        <Bar dataKey="value" fill="#2563eb" radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
