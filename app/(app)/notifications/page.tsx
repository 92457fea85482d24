import Link from "next/link";
import { Pagination } from "@/components/data-table/pagination";
import { ActionButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { DateTime } from "@/components/time/date-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { listNotifications, unreadCount } from "@/lib/notifications";
import { markAllReadAction, markReadAction } from "./actions";

export const metadata = { title: "Notifications" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
  let page;
  try {
    page = await listNotifications(actor, query);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid") throw error;
    page = await listNotifications(actor, {});
  }
  const unread = await unreadCount(actor);
  return (
    <>
      <PageHeader
        title="Notifications"
        description={unread ? `${unread} unread` : "All caught up."}
        actions={
          unread > 0 && (
            <ActionButton action={markAllReadAction} fields={{}}>
              Mark all read
            </ActionButton>
          )
        }
      />
      <Card>
        <CardContent className="grid gap-2">
          {page.items.length === 0 && <p className="py-8 text-center text-sm text-muted-foreground">No notifications yet.</p>}
          <ul className="divide-y" data-testid="notifications">
            {page.items.map((n) => (
              <li key={n.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="notification" data-read={n.readAt ? "true" : "false"}>
                <div className="grid min-w-0 flex-1 gap-1">
                  <div className="flex items-center gap-2">
                    {!n.readAt && <Badge>New</Badge>}
                    <Link href={n.link || "/"} className="font-medium underline-offset-4 hover:underline">
                      {n.title}
                    </Link>
                  </div>
                  {n.body && <p className="text-sm text-muted-foreground">{n.body}</p>}
                  <p className="text-xs text-muted-foreground">
                    {n.actorName ? `${n.actorName} · ` : ""}
                    <DateTime value={n.createdAt} />
                  </p>
                </div>
                {!n.readAt && (
                  <ActionButton action={markReadAction} fields={{ id: n.id }} variant="ghost">
                    Mark read
                  </ActionButton>
                )}
              </li>
            ))}
          </ul>
          <Pagination page={page.page} totalPages={page.totalPages} total={page.total} pageSize={page.pageSize} />
        </CardContent>
      </Card>
    </>
  );
}
