import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { activityLog } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createTicket, type CreateTicketInput } from "@/lib/tickets";
import { actorOf, makeDepartment, makeUser, setManager, unique } from "./helpers";

/**
 * A small organisation: a creative department (manager + designer), a marketing department
 * (manager + two members), a manager of a third department, an admin, and people of other roles.
 */
export async function makeOrg() {
  const creative = await makeDepartment(null, { isCreative: true });
  const marketing = await makeDepartment();
  const sales = await makeDepartment();
  const creativeManager = await makeUser("manager", creative.id);
  await setManager(creative.id, creativeManager.id);
  const marketingManager = await makeUser("manager", marketing.id);
  await setManager(marketing.id, marketingManager.id);
  const salesManager = await makeUser("manager", sales.id);
  await setManager(sales.id, salesManager.id);
  const people = {
    admin: actorOf(await makeUser("admin")),
    creativeManager: actorOf(creativeManager),
    designer: actorOf(await makeUser("member", creative.id)),
    designer2: actorOf(await makeUser("member", creative.id)),
    marketingManager: actorOf(marketingManager),
    salesManager: actorOf(salesManager),
    requester: actorOf(await makeUser("member", marketing.id)),
    colleague: actorOf(await makeUser("member", marketing.id)),
    agent: actorOf(await makeUser("sales_agent", sales.id)),
    technician: actorOf(await makeUser("technician")),
  };
  return { creative, marketing, sales, ...people };
}
export type Org = Awaited<ReturnType<typeof makeOrg>>;

export const newTicket = (actor: Actor, input: Partial<CreateTicketInput> = {}) =>
  createTicket(actor, { title: unique("Poster "), description: "A **bold** poster", priority: "high", ...input });

/** History entries of a ticket, oldest first. */
export async function entriesOf(ticketId: string) {
  const db = await getDb();
  return db.select().from(activityLog).where(eq(activityLog.entityId, ticketId)).orderBy(activityLog.id);
}
