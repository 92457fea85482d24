import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/forms/or-not-found";
import { getTicket, listTickets, type TicketDetail } from "@/lib/tickets";

/** A ticket by its uuid or its number ("T-123" / "123"), among those the actor can see; otherwise 404. */
export async function findTicket(actor: Actor, idOrKey: string): Promise<TicketDetail> {
  const key = /^(?:t-?)?(\d{1,9})$/i.exec(decodeURIComponent(idOrKey));
  if (!key) return orNotFound(getTicket(actor, idOrKey));
  const number = Number(key[1]);
  const page = await listTickets(actor, { q: `T-${number}`, pageSize: 100 });
  const match = page.items.find((t) => t.number === number);
  if (!match) notFound();
  return orNotFound(getTicket(actor, match.id));
}
