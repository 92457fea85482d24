"use client";

import { SlidersHorizontal } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { activeFilters } from "./clear-filters";
import { useUrlParams } from "./use-url-params";

/**
 * A list's filters: in a row on wider screens; on a phone behind a "Filters" button that says how
 * many are set, so the list itself starts on the first screen. `always` stays visible (search, export).
 */
export function FiltersPanel({ always, children }: { always?: React.ReactNode; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const { params } = useUrlParams();
  const count = activeFilters(params).filter((k) => k !== "q").length;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {always}
      <Button variant="outline" className="sm:hidden" aria-expanded={open} aria-controls="list-filters" onClick={() => setOpen((o) => !o)}>
        <SlidersHorizontal /> Filters{count ? ` (${count})` : ""}
      </Button>
      <div id="list-filters" className={cn("w-full flex-wrap items-center gap-2 sm:flex sm:w-auto sm:flex-1", open ? "flex" : "hidden")}>
        {children}
      </div>
    </div>
  );
}
