import { eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { departments, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { TicketView } from "./schemas";
import { ticketActionsFor, type TicketActionName } from "./transitions";
import { waitingOn, type WaitingContext, type WaitingOn } from "./waiting-on";

/** What every ticket answer carries for its viewer: the actions they may take now and whom it waits on. */
export type TicketWorkflow = { allowedActions: TicketActionName[]; waitingOn: WaitingOn };

const manager = alias(users, "manager");
const managerOf = (row: { managerId: string | null; managerName: string | null }) => (row.managerId && row.managerName ? { id: row.managerId, name: row.managerName } : null);

/**
 * Adds allowedActions and waitingOn to each ticket, from the transition table. Three queries per
 * call, whatever the number of tickets: the creative departments, the requesters' departments, names.
 */
export async function withWorkflow<T extends TicketView>(conn: DbOrTx, actor: Actor, views: T[]): Promise<(T & TicketWorkflow)[]> {
  if (!views.length) return [];
  const departmentColumns = { id: departments.id, name: departments.name, managerId: departments.managerId, isCreative: departments.isCreative, managerName: manager.name };
  const creative = (await conn.select(departmentColumns).from(departments).leftJoin(manager, eq(manager.id, departments.managerId)).where(eq(departments.isCreative, true))).map(
    (d) => ({ ...d, manager: managerOf(d) }),
  );
  const requesterIds = [...new Set(views.map((v) => v.requesterId))];
  const requesterDepartments = await conn
    .select({ userId: users.id, ...departmentColumns })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(manager, eq(manager.id, departments.managerId))
    .where(inArray(users.id, requesterIds));
  const departmentOf = new Map(requesterDepartments.map((d) => [d.userId, { ...d, manager: managerOf(d) }]));
  const nameIds = [...new Set(views.flatMap((v) => [v.rejectedById, v.confirmedById]).filter((id): id is string => !!id))];
  const names = new Map(nameIds.length ? (await conn.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, nameIds))).map((u) => [u.id, u.name]) : []);
  return views.map((view) => {
    const context: WaitingContext = { requesterDepartment: departmentOf.get(view.requesterId) ?? null, creativeDepartments: creative, names };
    return { ...view, allowedActions: ticketActionsFor(actor, { ...view, approval: context }), waitingOn: waitingOn(actor, view, context) };
  });
}
