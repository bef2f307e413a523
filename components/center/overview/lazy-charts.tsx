"use client";

import dynamic from "next/dynamic";

// Charts load after the page: recharts stays out of the dashboard's first-load JavaScript, and
// the numbers are already on the page in the tables beside each chart (ssr: false is harmless).
function ChartPlaceholder() {
  return <div aria-hidden="true" className="h-64 w-full animate-pulse rounded-md bg-slate-100" />;
}

export const LazyDailyChart = dynamic(() => import("./daily-chart"), { ssr: false, loading: ChartPlaceholder });
export const LazyRankedChart = dynamic(() => import("./ranked-chart"), { ssr: false, loading: ChartPlaceholder });
