import { cn } from "@/lib/utils";

export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="skeleton" aria-hidden className={cn("animate-pulse rounded-md bg-muted", className)} {...props} />;
}

/** A page still loading: a title bar, then the blocks of its layout. Announced once to screen readers. */
export function PageSkeleton({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" aria-label="Loading" data-testid="page-skeleton" className="grid gap-6">
      <span className="sr-only">Loading…</span>
      <div className="grid gap-2">
        <Skeleton className="h-8 w-64 max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      {children}
    </div>
  );
}
