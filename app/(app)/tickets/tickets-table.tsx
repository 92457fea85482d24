"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { Option } from "@/components/forms/fields";
import { PersonName } from "@/components/ui/avatar";
import { PriorityLabel } from "@/components/ui/priority";
import { RelativeTime } from "@/components/ui/relative-time";
import type { BulkTicketAction } from "@/lib/tickets/bulk";
import type { TicketView } from "@/lib/tickets/schemas";
import { TicketStatusBadge } from "./status-badge";
import { BulkOutcomeMessage, TicketBulkActions, type BulkOutcome } from "./ticket-bulk-actions";

const overdue = (t: TicketView, now: number) => !!t.deadline && new Date(t.deadline).getTime() < now && t.status !== "completed" && t.status !== "rejected";
const href = (t: TicketView) => `/tickets/${t.id}`;

/** A compact date with the exact one on hover; "—" for none. */
const When = ({ date, now, className }: { date: Date | null; now: number; className?: string }) =>
  date ? <RelativeTime date={new Date(date)} now={now} compact className={className} /> : <span className="text-muted-foreground">—</span>;

function columnsFor(now: number): ColumnDef<TicketView>[] {
  return [
    {
      id: "number",
      header: "#",
      cell: ({ row }) => (
        <Link href={href(row.original)} className="font-mono text-xs underline-offset-4 hover:underline">
          {row.original.key}
        </Link>
      ),
    },
    {
      id: "title",
      header: "Title",
      cell: ({ row }) => (
        <Link href={href(row.original)} className="font-medium underline-offset-4 hover:underline">
          {row.original.title}
        </Link>
      ),
    },
    { id: "status", header: "Status", cell: ({ row }) => <TicketStatusBadge status={row.original.status} confirmed={!!row.original.confirmedAt} /> },
    { id: "priority", header: "Priority", cell: ({ row }) => <PriorityLabel priority={row.original.priority} /> },
    { id: "requester", header: "Requester", cell: ({ row }) => <PersonName id={row.original.requesterId} name={row.original.requesterName} /> },
    { id: "assignee", header: "Assignee", cell: ({ row }) => <PersonName id={row.original.assigneeId} name={row.original.assigneeName} /> },
    { id: "department", header: "Department", cell: ({ row }) => row.original.departmentName ?? "—" },
    {
      id: "deadline",
      header: "Deadline",
      cell: ({ row }) => <When date={row.original.deadline} now={now} className={overdue(row.original, now) ? "font-medium text-destructive" : undefined} />,
    },
    { id: "createdAt", header: "Created", cell: ({ row }) => <When date={row.original.createdAt} now={now} /> },
  ];
}

/** A ticket on a phone: what tells tickets apart at a glance. */
function TicketCard({ ticket, now }: { ticket: TicketView; now: number }) {
  return (
    <div className="grid gap-1.5" data-testid="ticket-card">
      <div className="flex items-center justify-between gap-2">
        <span className="font-mono text-xs text-muted-foreground">{ticket.key}</span>
        <TicketStatusBadge status={ticket.status} confirmed={!!ticket.confirmedAt} />
      </div>
      <p className="font-medium leading-snug">{ticket.title}</p>
      <div className="flex items-center justify-between gap-2 text-sm">
        <PriorityLabel priority={ticket.priority} />
        <span className="text-muted-foreground">
          {ticket.deadline ? "Due " : ""}
          <When date={ticket.deadline} now={now} className={overdue(ticket, now) ? "font-medium text-destructive" : undefined} />
        </span>
      </div>
    </div>
  );
}

type Props = {
  tickets: TicketView[];
  /** The list's sort keys, from its query schema (server-side: the schema module is not for the browser). */
  sortKeys: readonly string[];
  sort: string;
  order: "asc" | "desc";
  /** The server's clock at render: relative dates agree between server and browser. */
  now: number;
  /** The bulk actions the actor's role may start (the domain still decides per ticket). */
  bulk: BulkTicketAction[];
  assignees?: Option[];
  empty?: React.ReactNode;
};

export function TicketsTable({ tickets, sortKeys, sort, order, now, bulk, assignees, empty = "No tickets match these filters." }: Props) {
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  return (
    <div className="grid gap-2">
      <BulkOutcomeMessage outcome={outcome} />
      <DataTable
        columns={columnsFor(now)}
        data={tickets}
        sortKeys={sortKeys}
        sort={sort}
        order={order}
        empty={empty}
        rowHref={href}
        rowLabel={(t) => t.key}
        card={(t) => <TicketCard ticket={t} now={now} />}
        bulkActions={bulk.length ? (selected) => <TicketBulkActions selected={selected} offer={bulk} assignees={assignees} onDone={setOutcome} /> : undefined}
      />
    </div>
  );
}
