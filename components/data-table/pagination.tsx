"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useUrlParams } from "./use-url-params";

export function Pagination({ page, totalPages, total }: { page: number; totalPages: number; total: number }) {
  const { setParams, pending } = useUrlParams();
  return (
    <div className="flex items-center justify-between gap-4 py-2 text-sm text-muted-foreground">
      <span data-testid="list-total">{total === 1 ? "1 result" : `${total} results`}</span>
      <div className="flex items-center gap-2">
        <span>
          Page {page} of {totalPages}
        </span>
        <Button variant="outline" size="icon" aria-label="Previous page" disabled={pending || page <= 1} onClick={() => setParams({ page: page - 1 })}>
          <ChevronLeft />
        </Button>
        <Button variant="outline" size="icon" aria-label="Next page" disabled={pending || page >= totalPages} onClick={() => setParams({ page: page + 1 })}>
          <ChevronRight />
        </Button>
      </div>
    </div>
  );
}
