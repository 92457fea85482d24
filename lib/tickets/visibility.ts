import { and, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { ticketCollaborators, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isStaffManager, staffRoles } from "@/lib/auth/policy";

/**
 * The WHERE clause of every ticket query: admins and managers see every ticket not in trash; everyone
 * else only tickets they requested, are assigned to or collaborate on. A ticket outside it is 404.
 */
export function visibleTickets(actor: Actor): SQL {
  const live = isNull(tickets.deletedAt);
  if (isStaffManager(actor)) return live;
  // A union of three index lookups: an OR across the columns would read every live ticket. The
  // requester and assignee indexes cover live tickets only, so each lookup says "live" too.
  const mine = sql`${tickets.id} in (
    select ${tickets.id} from ${tickets} where ${tickets.requesterId} = ${actor.id} and ${live}
    union select ${tickets.id} from ${tickets} where ${tickets.assigneeId} = ${actor.id} and ${live}
    union select ${ticketCollaborators.ticketId} from ${ticketCollaborators} where ${ticketCollaborators.userId} = ${actor.id})`;
  return and(live, mine)!;
}

/**
 * visibleTickets from the other side: a condition on users, true for those who can see the ticket
 * (admins, managers, its requester, assignee and collaborators).
 */
export function seeingUsers(ticket: { id: string; requesterId: string; assigneeId: string | null }): SQL {
  return or(
    inArray(users.role, [...staffRoles]),
    eq(users.id, ticket.requesterId),
    ticket.assigneeId ? eq(users.id, ticket.assigneeId) : undefined,
    sql`exists (select 1 from ${ticketCollaborators} where ${ticketCollaborators.ticketId} = ${ticket.id} and ${ticketCollaborators.userId} = ${users.id})`,
  )!;
}

/**
 * The dashboard's scope (SPEC §5): admins and managers every ticket not in trash; everyone else the
 * tickets they requested or are assigned to. Narrower than visibleTickets: collaborating does not
 * count. The list applies it too (scope=dashboard), so a card's link shows the card's tickets.
 */
export function dashboardScope(actor: Actor): SQL {
  const live = isNull(tickets.deletedAt);
  if (isStaffManager(actor)) return live;
  return and(live, or(eq(tickets.requesterId, actor.id), eq(tickets.assigneeId, actor.id)))!;
}

/** Tickets in trash: seen only by admins and managers (callers check "tickets.listTrash" first). */
export function trashedTickets(actor: Actor): SQL {
  return isStaffManager(actor) ? isNotNull(tickets.deletedAt) : sql`false`;
}
