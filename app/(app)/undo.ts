import type { Actor } from "@/lib/auth/actor";
import { listHistory, restoreTicket, rollbackTicket } from "@/lib/tickets";

/**
 * The undos a toast can offer, by name. Each is a domain command like any other (it authorises
 * itself); the toast only carries the name and the record's fields.
 */
export const undos: Record<string, { run: (actor: Actor, fields: Record<string, string>) => Promise<unknown>; message: string; revalidate: string[] }> = {
  "ticket.restore": { run: (actor, f) => restoreTicket(actor, f.id ?? ""), message: "Restored from trash.", revalidate: ["/tickets", "/tickets/trash", "/tickets/[id]"] },
  "ticket.rollback": { run: (actor, f) => rollbackTicket(actor, f.id ?? "", { entryId: f.entryId }), message: "Rolled back again.", revalidate: ["/tickets/[id]"] },
};

/** After a rollback, the entry whose state it replaced: rolling back to it takes the rollback back. */
export async function entryBeforeLast(actor: Actor, ticketId: string): Promise<string | null> {
  const history = await listHistory(actor, ticketId);
  const previous = history.at(-2);
  return previous ? String(previous.id) : null;
}
