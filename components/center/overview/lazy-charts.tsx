"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { useInView } from "react-intersection-observer";

// Charts load when they come near the screen, not with the page: recharts (about 100 kB gzip) stays
// out of the dashboard's first load, a phone that never scrolls to a chart never downloads it, and
// hydrating the page no longer competes with parsing it (bench:web: TBT of 2 s on the dashboard).
// The numbers are already on the page in the tables beside each chart (ssr: false is harmless).
function ChartPlaceholder() {
  return <div aria-hidden="true" className="h-64 w-full animate-pulse rounded-md bg-slate-100" />;
}

function whenNearScreen<P extends object>(Chart: ComponentType<P>) {
  return function NearScreenChart(props: P) {
    const { ref, inView } = useInView({ triggerOnce: true, rootMargin: "200px 0px" });
    return <div ref={ref}>{inView ? <Chart {...props} /> : <ChartPlaceholder />}</div>;
  };
}

export const LazyDailyChart = whenNearScreen(dynamic(() => import("./daily-chart"), { ssr: false, loading: ChartPlaceholder }));
export const LazyRankedChart = whenNearScreen(dynamic(() => import("./ranked-chart"), { ssr: false, loading: ChartPlaceholder }));
