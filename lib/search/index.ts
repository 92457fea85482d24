import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseInput } from "@/lib/errors";
import { listTickets } from "@/lib/tickets";
import { listUsers } from "@/lib/users/queries";
import { searchQuerySchema, type SearchResult } from "./schemas";

export { searchQuerySchema, searchResultSchema, type SearchResult } from "./schemas";

const TICKETS_MAX = 8;
const PEOPLE_MAX = 5;

/**
 * The command palette's global search. Tickets come from the ticket list's own search (key or words),
 * so visibility is the list's: nobody finds a ticket they could not open. People only for those the
 * policy lets list users (admins, managers); everyone else gets none, not a directory of the company.
 */
export async function globalSearch(actor: Actor, input: unknown): Promise<SearchResult> {
  const { q } = parseInput(searchQuerySchema, input ?? {});
  if (!q) return { tickets: [], people: [] };
  const [tickets, people] = await Promise.all([
    listTickets(actor, { q, pageSize: TICKETS_MAX, sort: "updatedAt", order: "desc" }),
    can(actor, "users.list") ? listUsers(actor, { q, pageSize: PEOPLE_MAX, sort: "name", status: "active" }) : null,
  ]);
  // The ticket a key names comes first, before titles that merely contain it.
  const exact = (key: string) => (key.toLowerCase() === q.toLowerCase() || key.slice(2) === q ? 0 : 1);
  const found = [...tickets.items].sort((a, b) => exact(a.key) - exact(b.key));
  return {
    tickets: found.map(({ id, key, title, status }) => ({ id, key, title, status })),
    people: (people?.items ?? []).map(({ id, name, username, role }) => ({ id, name, username, role })),
  };
}
