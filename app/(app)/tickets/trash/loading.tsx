import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The trash while it loads. (A leaf route: nothing under it can be a 404.) */
export default function Loading() {
  return (
    <PageSkeleton>
      <div className="grid gap-2">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    </PageSkeleton>
  );
}
