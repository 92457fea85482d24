import { ConfirmButton } from "@/components/forms/action-button";
import { DateTime } from "@/components/time/date-time";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TicketDetail, TicketHistoryEntry } from "@/lib/tickets";
import { restorableFields } from "@/lib/tickets/events";
import { rollbackTicketAction } from "../actions";
import { actionLabel, display, fieldLabel, type Names } from "./ticket-display";

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v).toISOString() : String(v));

/** What rolling back to an entry would change: its snapshot against the ticket as it is now. */
function rollbackPreview(ticket: TicketDetail, entry: TicketHistoryEntry, names: Names, zone: string): string[] {
  const snapshot = entry.snapshot ?? {};
  const current = ticket as unknown as Record<string, unknown>;
  return restorableFields
    .filter((key) => key in snapshot && comparable(snapshot[key]) !== comparable(current[key]))
    .map((key) => `${fieldLabel(key)}: ${display(key, current[key], names, zone)} → ${display(key, snapshot[key], names, zone)}`);
}

/** `zone`: the user's time zone, for dates inside the text of changes. */
type Props = { ticket: TicketDetail; history: TicketHistoryEntry[]; names: Names; mayRollback: boolean; fields: Record<string, string>; zone: string };

/** Every action on the ticket, newest last; each entry offers a rollback when it would change something. */
export function HistoryCard({ ticket, history, names, mayRollback, fields, zone }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>History</CardTitle>
        <CardDescription>Every action, who did it and what changed. It cannot be edited.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4" data-testid="ticket-history">
          {history.map((entry) => {
            const preview = mayRollback && entry.snapshot ? rollbackPreview(ticket, entry, names, zone) : [];
            return (
              <li key={entry.id} className="grid gap-1 border-l-2 pl-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <span className="font-medium">{actionLabel(entry.action)}</span> by {entry.actorName ?? "system"} · <DateTime value={entry.createdAt} />
                  </span>
                  {preview.length > 0 && (
                    <ConfirmButton
                      action={rollbackTicketAction}
                      fields={{ ...fields, entryId: String(entry.id) }}
                      title={`Roll back to “${actionLabel(entry.action)}”?`}
                      description={`This restores: ${preview.join("; ")}. Title, description, comments and attachments stay as they are.`}
                      confirmLabel="Roll back"
                      variant="outline"
                    >
                      Rollback
                    </ConfirmButton>
                  )}
                </div>
                {entry.message && <p className="text-muted-foreground">{entry.message}</p>}
                {Object.keys(entry.changes ?? {}).length > 0 && (
                  <ul className="text-xs text-muted-foreground">
                    {Object.entries(entry.changes).map(([field, change]) => (
                      <li key={field}>
                        {fieldLabel(field)}: {display(field, change.from, names, zone)} → {display(field, change.to, names, zone)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </CardContent>
    </Card>
  );
}
