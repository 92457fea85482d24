import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { tickets, type Ticket } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isStaffManager } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import { trashedTickets, visibleTickets } from "./visibility";

/**
 * The ticket row, if the actor may see it — else 404, as for a malformed id. "any" also finds it in
 * the trash, for those who may see the trash (restore, delete forever).
 */
export async function loadTicket(conn: DbOrTx, actor: Actor, id: string, scope: "visible" | "any" = "visible"): Promise<Ticket> {
  if (!z.uuid().safeParse(id).success) throw notFound("Ticket");
  const where = scope === "visible" ? visibleTickets(actor) : isStaffManager(actor) ? undefined : trashedTickets(actor);
  const [row] = await conn.select().from(tickets).where(and(eq(tickets.id, id), where));
  if (!row) throw notFound("Ticket");
  return row;
}
