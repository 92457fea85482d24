"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useEffect, useState } from "react";

/** Whether a click on this anchor starts a client navigation to another address of the app. */
function isAppNavigation(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!anchor || anchor.target === "_blank" || anchor.hasAttribute("download")) return false;
  const url = new URL(anchor.href, location.href);
  return url.origin === location.origin && (url.pathname !== location.pathname || url.search !== location.search);
}

/** A thin bar along the top while the next page loads, so a slow page is never a silent wait. */
export function NavigationProgress() {
  return (
    <Suspense>
      <Bar />
    </Suspense>
  );
}

function Bar() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const here = search ? `${pathname}?${search}` : pathname;
  // The address a navigation left from: once the address differs, it has arrived.
  const [leaving, setLeaving] = useState<string | null>(null);
  const loading = leaving === here;

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (isAppNavigation(event)) setLeaving(location.pathname + location.search);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  if (!loading) return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading page"
      data-testid="navigation-progress"
      className="pointer-events-none fixed inset-x-0 top-0 z-[60] h-0.5 origin-left animate-[nav-progress_8s_cubic-bezier(0.1,0.7,0.2,1)_forwards] bg-primary"
    />
  );
}
