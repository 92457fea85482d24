import { X } from "lucide-react";
import { Button } from "@/components/ui/button";

/** What is selected and what can be done with it, above the list while anything is selected. */
export function BulkBar({ count, onClear, children }: { count: number; onClear: () => void; children: React.ReactNode }) {
  return (
    <div role="region" aria-label="Selected rows" className="flex flex-wrap items-center gap-2 rounded-md border bg-muted/50 px-3 py-2 text-sm">
      <span className="font-medium" data-testid="selected-count">
        {count} selected
      </span>
      {children}
      <Button variant="ghost" size="sm" className="ml-auto" onClick={onClear}>
        <X /> Clear selection
      </Button>
    </div>
  );
}
