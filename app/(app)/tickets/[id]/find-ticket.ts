import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/forms/or-not-found";
import { can } from "@/lib/auth/policy";
import { getTicket, getTrashedTicket, listTickets, type TicketDetail } from "@/lib/tickets";

/**
 * A ticket by its uuid or its number ("T-123" / "123"), among those the actor can see; otherwise 404.
 * Cached per request: the page and its title both ask.
 */
export const findTicket = cache(async (actor: Actor, idOrKey: string): Promise<TicketDetail> => {
  const key = /^(?:t-?)?(\d{1,9})$/i.exec(decodeURIComponent(idOrKey));
  if (!key) return orNotFound(getTicket(actor, idOrKey));
  const number = Number(key[1]);
  const page = await listTickets(actor, { q: `T-${number}`, pageSize: 100 });
  const match = page.items.find((t) => t.number === number);
  if (!match) notFound();
  return orNotFound(getTicket(actor, match.id));
});

/** The ticket in trash behind a link, for those who may see the trash (admins, managers); else null. */
export const findTrashedTicket = cache(async (actor: Actor, id: string): Promise<TicketDetail | null> => {
  if (!can(actor, "tickets.listTrash")) return null;
  return getTrashedTicket(actor, id).catch(() => null);
});
