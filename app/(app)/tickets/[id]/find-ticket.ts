import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { getTicket, getTrashedTicket, listTickets, type TicketDetail } from "@/lib/tickets";

/** The domain's not_found as null; any other error stays an error. */
const orNull = <T>(promise: Promise<T>): Promise<T | null> =>
  promise.catch((error) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });

/** A live ticket by its uuid or its number ("T-123" / "123"), among those the actor can see; else null. */
const lookUpTicket = async (actor: Actor, idOrKey: string): Promise<TicketDetail | null> => {
  const key = /^(?:t-?)?(\d{1,9})$/i.exec(decodeURIComponent(idOrKey));
  if (!key) return orNull(getTicket(actor, idOrKey));
  const number = Number(key[1]);
  const page = await listTickets(actor, { q: `T-${number}`, pageSize: 100 });
  const match = page.items.find((t) => t.number === number);
  return match ? orNull(getTicket(actor, match.id)) : null;
};

/** A live ticket the actor can see, else the 404 page. Cached per request: the page and its title both ask. */
export const findTicket = cache(async (actor: Actor, idOrKey: string): Promise<TicketDetail> => (await lookUpTicket(actor, idOrKey)) ?? notFound());

/**
 * The ticket behind a link: the live one, else — for those who may see the trash (admins, managers) —
 * the one in trash, so the link says where it went; else the 404 page. The trash is asked only when
 * no live ticket answers.
 */
export const findTicketOrTrashed = cache(async (actor: Actor, id: string): Promise<{ ticket: TicketDetail; trashed: boolean }> => {
  const live = await lookUpTicket(actor, id);
  if (live) return { ticket: live, trashed: false };
  const trashed = can(actor, "tickets.listTrash") ? await orNull(getTrashedTicket(actor, id)) : null;
  if (!trashed) notFound();
  return { ticket: trashed, trashed: true };
});
