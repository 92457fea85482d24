import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The ticket list while it loads: the toolbar, then rows. */
export default function Loading() {
  return (
    <PageSkeleton>
      <div className="flex flex-wrap gap-2">
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-9 w-32" />
        <Skeleton className="h-9 w-32" />
      </div>
      <div className="grid gap-2">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    </PageSkeleton>
  );
}
