import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The board while it loads: its columns. (A leaf route: nothing under it can be a 404.) */
export default function Loading() {
  return (
    <PageSkeleton>
      <div className="grid auto-cols-[minmax(16rem,1fr)] grid-flow-col gap-4 overflow-x-hidden">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-96" />
        ))}
      </div>
    </PageSkeleton>
  );
}
