"use client";

import { FilterX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useUrlParams } from "./use-url-params";

/** What a list's URL holds besides filters: kept when the filters are cleared. */
export const NOT_FILTERS = ["sort", "order", "page", "pageSize", "view"] as const;

export const activeFilters = (params: URLSearchParams, keep: readonly string[] = NOT_FILTERS) => [...new Set(params.keys())].filter((k) => !keep.includes(k));

/** Clears every filter of the list at once (search included), keeping its sort, page size and view; hidden while nothing is filtered. */
export function ClearFilters({ keep = NOT_FILTERS }: { keep?: readonly string[] }) {
  const { params, setParams } = useUrlParams();
  const active = activeFilters(params, keep);
  if (!active.length) return null;
  return (
    <Button variant="ghost" size="sm" onClick={() => setParams(Object.fromEntries(active.map((k) => [k, null])))}>
      <FilterX /> Clear all filters
    </Button>
  );
}
