"use client";

import { useFormatter } from "next-intl";

/** A course's progress as a bar and a whole percent (the number is the accessible value). */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const format = useFormatter();
  const value = Math.min(100, Math.max(0, percent));
  return (
    <span className="flex items-center gap-2">
      <span role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} className="h-2 w-20 overflow-hidden rounded bg-slate-200">
        <span className="block h-full bg-brand-600" style={{ width: `${value}%` }} />
      </span>
      <span className="text-xs text-slate-700 tabular-nums">{format.number(value / 100, { style: "percent" })}</span>
    </span>
  );
}
