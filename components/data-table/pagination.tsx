"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "@/lib/pagination";
import { useUrlParams } from "./use-url-params";

export function Pagination({ page, totalPages, total, pageSize }: { page: number; totalPages: number; total: number; pageSize: number }) {
  const { setParams, pending } = useUrlParams();
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2 text-sm text-muted-foreground">
      <span data-testid="list-total">{total === 1 ? "1 result" : `${total} results`}</span>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2">
          Rows per page
          <span className="w-20">
            {/* The default size stays out of the URL, so a plain link and the default list are one address. */}
            <Select className="h-8" value={String(pageSize)} onChange={(e) => setParams({ pageSize: Number(e.target.value) === DEFAULT_PAGE_SIZE ? null : e.target.value })}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </Select>
          </span>
        </label>
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
