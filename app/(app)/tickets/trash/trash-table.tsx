"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { ActionButton, ConfirmButton } from "@/components/forms/action-button";
import { PersonName } from "@/components/ui/avatar";
import { PriorityLabel } from "@/components/ui/priority";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TicketView } from "@/lib/tickets/schemas";
import { deleteTicketForeverAction, restoreTicketAction } from "../actions";
import { TicketStatusBadge } from "../status-badge";
import { BulkOutcomeMessage, TicketBulkActions, type BulkOutcome } from "../ticket-bulk-actions";

function columnsFor(now: number, mayDelete: boolean): ColumnDef<TicketView>[] {
  return [
    { id: "number", header: "#", cell: ({ row }) => <span className="font-mono text-xs">{row.original.key}</span> },
    { id: "title", header: "Title", cell: ({ row }) => <span className="font-medium">{row.original.title}</span> },
    { id: "status", header: "Status", cell: ({ row }) => <TicketStatusBadge status={row.original.status} confirmed={!!row.original.confirmedAt} /> },
    { id: "priority", header: "Priority", cell: ({ row }) => <PriorityLabel priority={row.original.priority} /> },
    { id: "requester", header: "Requester", cell: ({ row }) => <PersonName id={row.original.requesterId} name={row.original.requesterName} /> },
    { id: "deletedAt", header: "Trashed", cell: ({ row }) => (row.original.deletedAt ? <RelativeTime date={new Date(row.original.deletedAt)} now={now} compact /> : "—") },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => {
        const t = row.original;
        const fields = { id: t.id, version: String(t.version) };
        return (
          <div className="flex justify-end gap-2">
            <ActionButton action={restoreTicketAction} fields={fields}>
              Restore
            </ActionButton>
            {mayDelete && (
              <ConfirmButton action={deleteTicketForeverAction} fields={fields} title={`Delete ${t.key} for good?`} description="The ticket, its history, comments and attachments are gone for good." confirmLabel="Delete forever">
                Delete forever
              </ConfirmButton>
            )}
          </div>
        );
      },
    },
  ];
}

/** Trash: open a ticket to see it, restore one or many, or (admins) delete one for good. */
export function TrashTable({ tickets, sortKeys, sort, order, now, mayDelete }: { tickets: TicketView[]; sortKeys: readonly string[]; sort: string; order: "asc" | "desc"; now: number; mayDelete: boolean }) {
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  return (
    <div className="grid gap-2">
      <BulkOutcomeMessage outcome={outcome} />
      <DataTable
        columns={columnsFor(now, mayDelete)}
        data={tickets}
        sortKeys={sortKeys}
        sort={sort}
        order={order}
        empty="Trash is empty."
        rowHref={(t) => `/tickets/${t.id}`}
        rowLabel={(t) => t.key}
        bulkActions={(selected) => <TicketBulkActions selected={selected} offer={["restore"]} onDone={setOutcome} />}
      />
    </div>
  );
}
