import { Bell } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** The bell in the top bar: the unread count, linking to the notifications page. */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread ? `Notifications (${unread} unread)` : "Notifications";
  return (
    <Button asChild variant="ghost" size="icon" className="relative">
      <Link href="/notifications" aria-label={label} title={label} data-testid="notification-bell">
        <Bell />
        {unread > 0 && (
          <span data-testid="unread-count" className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-destructive px-1 text-center text-[10px] font-semibold leading-4 text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Link>
    </Button>
  );
}
