import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/** Any page of the app while it loads: cards, then a wide block. */
export default function Loading() {
  return (
    <PageSkeleton>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-64" />
    </PageSkeleton>
  );
}
