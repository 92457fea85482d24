import { renderedAt } from "@/lib/render-clock";
import { Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { Pagination } from "@/components/data-table/pagination";
import { FormMessage } from "@/components/forms/form-message";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can, isStaffManager } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { listSavedViews } from "@/lib/saved-views";
import { listCreativeAssignees, listNeedsMyAction, listTickets, ticketSortKeys, type BulkTicketAction } from "@/lib/tickets";
import { SavedViews } from "@/components/data-table/saved-views";
import { savedViewActions } from "../views/view-actions";
import { dashboardScopeText } from "../dashboard-links";
import { departmentOptions, priorityOptions, statusOptions } from "./options";
import { TicketsTable } from "./tickets-table";
import { TicketsToolbar } from "./tickets-toolbar";

export const metadata = { title: "Tickets" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TicketsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
  const mine = query.view === "action";
  const list = mine ? listNeedsMyAction : listTickets;
  // A hand-edited URL with a bad filter shows the unfiltered list and says why, rather than an error page.
  let page, problem: string | undefined;
  try {
    page = await list(actor, query);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid") throw error;
    problem = `Ignored invalid filters: ${Object.keys(error.fields ?? {}).join(", ")}`;
    page = await list(actor, {});
  }
  const mayAssign = can(actor, "tickets.assign");
  const creative = mayAssign ? (await listCreativeAssignees(actor)).map((u) => ({ value: u.id, label: u.name })) : [];
  const assignees = [{ value: "me", label: "Me" }, { value: "none", label: "Unassigned" }, ...creative];
  // Offered by role; the domain still refuses, per ticket, what this person may not do to it.
  const bulk: BulkTicketAction[] = mayAssign ? ["assign", "trash"] : ["trash"];
  const views = await listSavedViews(actor, "tickets");
  const tab = (active: boolean) => cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-background shadow-sm" : "text-foreground/75 hover:text-foreground");
  // An empty list then means "no match", else "nothing yet", with the next step.
  const filtered = Object.keys(query).some((k) => !["sort", "order", "page", "pageSize"].includes(k));
  const empty = filtered ? (
    "No tickets match these filters."
  ) : (
    <>
      No tickets yet —{" "}
      <Link href="/tickets/new" className="font-medium text-foreground underline underline-offset-4">
        New request
      </Link>
    </>
  );
  return (
    <>
      <PageHeader
        title="Tickets"
        description="Creative requests: approval in two steps, assignment, delivery and confirmation."
        actions={
          <>
            {can(actor, "tickets.listTrash") && (
              <Button asChild variant="outline">
                <Link href="/tickets/trash">
                  <Trash2 /> Trash
                </Link>
              </Button>
            )}
            <Button asChild>
              <Link href="/tickets/new">
                <Plus /> New request
              </Link>
            </Button>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <nav className="inline-flex gap-1 rounded-lg bg-muted p-1" aria-label="Views">
          <Link href="/tickets" className={tab(!mine)} aria-current={!mine ? "page" : undefined}>
            All tickets
          </Link>
          <Link href="/tickets?view=action" className={tab(mine)} aria-current={mine ? "page" : undefined}>
            Needs my action
          </Link>
          <Link href="/tickets/board" className={tab(false)}>
            Board
          </Link>
        </nav>
        <SavedViews list="tickets" views={views} actions={savedViewActions} />
      </div>
      <Card>
        <CardContent className="grid gap-4">
          {problem && <FormMessage state={{ ok: false, message: problem }} />}
          <TicketsToolbar
            statuses={statusOptions}
            priorities={priorityOptions}
            assignees={assignees}
            departments={await departmentOptions()}
            scopeText={dashboardScopeText(isStaffManager(actor))}
          />
          <TicketsTable tickets={page.items} sortKeys={ticketSortKeys} sort={query.sort ?? "createdAt"} order={query.order === "asc" ? "asc" : "desc"} now={renderedAt()} bulk={bulk} assignees={creative} empty={empty} />
          <Pagination page={page.page} totalPages={page.totalPages} total={page.total} pageSize={page.pageSize} />
        </CardContent>
      </Card>
    </>
  );
}
