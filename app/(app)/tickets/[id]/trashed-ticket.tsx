import { Trash2 } from "lucide-react";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { DateTime } from "@/components/time/date-time";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TicketDetail } from "@/lib/tickets";
import { restoreTicketAction } from "../actions";

/** A link to a ticket in trash: says so, and offers Restore to those who may. */
export function TrashedTicket({ ticket, mayRestore }: { ticket: TicketDetail; mayRestore: boolean }) {
  return (
    <>
      <PageHeader title={`${ticket.key} · ${ticket.title}`} />
      <Alert data-testid="ticket-in-trash" className="max-w-2xl">
        <Trash2 aria-hidden />
        <AlertTitle>This ticket is in trash</AlertTitle>
        <AlertDescription>
          <p>
            Moved to trash <DateTime value={ticket.deletedAt} />. Restore it to see and work on it again.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {mayRestore && (
              <ActionButton action={restoreTicketAction} fields={{ id: ticket.id, version: String(ticket.version) }} variant="default">
                Restore
              </ActionButton>
            )}
            <Button asChild variant="outline" size="sm">
              <Link href="/tickets/trash">Open trash</Link>
            </Button>
          </div>
        </AlertDescription>
      </Alert>
    </>
  );
}
