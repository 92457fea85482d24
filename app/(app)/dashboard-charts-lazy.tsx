"use client";

import dynamic from "next/dynamic";

/**
 * The charts (recharts, ~100 kB) load after the cards: the numbers paint first, on a phone too, and
 * the charts' space is held so nothing jumps when they arrive.
 */
export const LazyDashboardCharts = dynamic(() => import("./dashboard-charts").then((m) => m.DashboardCharts), {
  ssr: false,
  loading: () => <div className="grid min-h-80 gap-4 lg:grid-cols-2" aria-busy="true" aria-label="Loading charts" />,
});
