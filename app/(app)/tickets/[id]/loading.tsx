import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/** A ticket while it loads: the banner, then its two columns of cards. */
export default function Loading() {
  return (
    <PageSkeleton>
      <Skeleton className="h-12" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          <Skeleton className="h-48" />
          <Skeleton className="h-32" />
          <Skeleton className="h-40" />
        </div>
        <div className="grid content-start gap-6">
          <Skeleton className="h-56" />
          <Skeleton className="h-32" />
        </div>
      </div>
    </PageSkeleton>
  );
}
