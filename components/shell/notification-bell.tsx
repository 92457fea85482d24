"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { RelativeTime } from "@/components/ui/relative-time";

type Item = { id: string; title: string; body: string; link: string; readAt: string | null; createdAt: string };
/** `now`: when it was read, for "5 minutes ago". */
export type BellState = { unread: number; items: Item[]; now: number };

type Props = {
  /** The count the layout rendered with; the bell refreshes it on each page (opening a ticket reads its notifications). */
  unread: number;
  load: () => Promise<BellState>;
  markRead: (id?: string) => Promise<BellState>;
};

const CHANGED = "crewdesk:notifications-changed";

/** Rendered by a page that has just read notifications (a ticket): tells the bell to count again. */
export function NotificationsChanged() {
  useEffect(() => {
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return null;
}

/** The bell in the top bar: the unread count; a popover with the latest items, mark read, mark all read. */
export function NotificationBell({ unread: initialUnread, load, markRead }: Props) {
  const pathname = usePathname();
  const [state, setState] = useState<BellState | null>(null);
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const unread = state?.unread ?? initialUnread;

  const refresh = useCallback((run: () => Promise<BellState>) => startTransition(async () => setState(await run())), []);
  // Each page may have read some (a ticket's, on opening it): the count follows the page, and any
  // page that has read some says so once it has rendered (NotificationsChanged).
  useEffect(() => refresh(load), [pathname, load, refresh]);
  useEffect(() => {
    const reload = () => refresh(load);
    window.addEventListener(CHANGED, reload);
    return () => window.removeEventListener(CHANGED, reload);
  }, [load, refresh]);

  const label = unread ? `Notifications (${unread} unread)` : "Notifications";
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) refresh(load);
      }}
    >
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={label} title={label} data-testid="notification-bell">
          <Bell />
          {unread > 0 && (
            <span data-testid="unread-count" className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-destructive px-1 text-center text-[10px] font-semibold leading-4 text-white">
              {unread > 99 ? "99+" : unread}
            </span>
          )}
        </Button>
      </PopoverTrigger>
      <PopoverContent aria-label="Latest notifications" data-testid="notification-popover">
        <div className="flex items-center justify-between gap-2 border-b px-3 py-2">
          <p className="text-sm font-medium">{unread ? `${unread} unread` : "All caught up"}</p>
          {unread > 0 && (
            <Button variant="ghost" size="sm" disabled={pending} onClick={() => refresh(() => markRead())}>
              Mark all read
            </Button>
          )}
        </div>
        <ul className="max-h-96 overflow-y-auto">
          {state && !state.items.length && <li className="px-3 py-6 text-center text-sm text-muted-foreground">No notifications yet.</li>}
          {state?.items.map((n) => (
            <li key={n.id} data-testid="notification" data-read={n.readAt ? "true" : "false"} className="flex items-start gap-2 border-b px-3 py-2 last:border-b-0">
              <span className={`mt-1.5 size-2 shrink-0 rounded-full ${n.readAt ? "bg-transparent" : "bg-primary"}`} aria-hidden />
              <div className="grid min-w-0 flex-1 gap-0.5">
                <Link href={n.link} className="truncate text-sm font-medium hover:underline" onClick={() => setOpen(false)}>
                  {n.title}
                </Link>
                {n.body && <p className="line-clamp-2 text-xs text-muted-foreground">{n.body}</p>}
                <RelativeTime date={new Date(n.createdAt)} now={state.now} className="text-xs text-muted-foreground" />
              </div>
              {!n.readAt && (
                <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" disabled={pending} onClick={() => refresh(() => markRead(n.id))}>
                  Mark read
                </Button>
              )}
            </li>
          ))}
        </ul>
        <div className="border-t px-3 py-2 text-center">
          <Link href="/notifications" className="text-sm text-primary hover:underline" onClick={() => setOpen(false)}>
            All notifications
          </Link>
        </div>
      </PopoverContent>
    </Popover>
  );
}
