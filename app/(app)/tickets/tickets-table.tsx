"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DateTime } from "@/components/time/date-time";
import type { TicketView } from "@/lib/tickets/schemas";
import { TicketStatusBadge } from "./status-badge";

const overdue = (t: TicketView) => !!t.deadline && new Date(t.deadline) < new Date() && t.status !== "completed" && t.status !== "rejected";

const columns: ColumnDef<TicketView>[] = [
  {
    id: "number",
    header: "#",
    cell: ({ row }) => (
      <Link href={`/tickets/${row.original.id}`} className="font-mono text-xs underline-offset-4 hover:underline">
        {row.original.key}
      </Link>
    ),
  },
  {
    id: "title",
    header: "Title",
    cell: ({ row }) => (
      <Link href={`/tickets/${row.original.id}`} className="font-medium underline-offset-4 hover:underline">
        {row.original.title}
      </Link>
    ),
  },
  { id: "status", header: "Status", cell: ({ row }) => <TicketStatusBadge status={row.original.status} confirmed={!!row.original.confirmedAt} /> },
  { id: "priority", header: "Priority", cell: ({ row }) => row.original.priority },
  { id: "requester", header: "Requester", enableSorting: false, cell: ({ row }) => row.original.requesterName },
  { id: "assignee", header: "Assignee", enableSorting: false, cell: ({ row }) => row.original.assigneeName ?? "—" },
  { id: "department", header: "Department", enableSorting: false, cell: ({ row }) => row.original.departmentName ?? "—" },
  {
    id: "deadline",
    header: "Deadline",
    cell: ({ row }) => <span className={overdue(row.original) ? "font-medium text-destructive" : undefined}><DateTime value={row.original.deadline} /></span>,
  },
  { id: "createdAt", header: "Created", cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
];

/** `filtered`: an empty list then means "no match", else "nothing yet", with the next step. */
export function TicketsTable({ tickets, sort, order, filtered = true }: { tickets: TicketView[]; sort: string; order: "asc" | "desc"; filtered?: boolean }) {
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
  return <DataTable columns={columns} data={tickets} sort={sort} order={order} empty={empty} />;
}
