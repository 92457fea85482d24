import { and, asc, count, desc, eq, gte, inArray, isNull, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { activityLog, departments, products, ticketCollaborators, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { notFound, parseInput } from "@/lib/errors";
import { likePattern, pageWithTotal, type Page } from "@/lib/pagination";
import { listTicketsQuery, listTrashQuery, type ListTicketsQuery, type TicketDetail, type TicketHistoryEntry, type TicketItem, type TicketView } from "./schemas";
import { withWorkflow } from "./workflow";
import { loadTicket } from "./load";
import { dashboardScope, trashedTickets, visibleTickets } from "./visibility";

const requester = alias(users, "requester");
const assignee = alias(users, "assignee");
const float = (column: AnyPgColumn) => sql<number | null>`${column}::float8`.mapWith((v) => (v == null ? null : Number(v)));

export const ticketViewColumns = {
  id: tickets.id,
  number: tickets.number,
  key: sql<string>`'T-' || ${tickets.number}`,
  title: tickets.title,
  description: tickets.description,
  status: tickets.status,
  priority: tickets.priority,
  complexity: tickets.complexity,
  deadline: tickets.deadline,
  estimatedHours: float(tickets.estimatedHours),
  actualHours: float(tickets.actualHours),
  requesterId: tickets.requesterId,
  requesterName: requester.name,
  assigneeId: tickets.assigneeId,
  assigneeName: assignee.name,
  departmentId: tickets.departmentId,
  departmentName: departments.name,
  productId: tickets.productId,
  productName: products.name,
  deptApprovedById: tickets.deptApprovedById,
  deptApprovedAt: tickets.deptApprovedAt,
  creativeApprovedById: tickets.creativeApprovedById,
  creativeApprovedAt: tickets.creativeApprovedAt,
  rejectedById: tickets.rejectedById,
  rejectedAt: tickets.rejectedAt,
  rejectionReason: tickets.rejectionReason,
  startedAt: tickets.startedAt,
  completedAt: tickets.completedAt,
  confirmedById: tickets.confirmedById,
  confirmedAt: tickets.confirmedAt,
  revisionCount: tickets.revisionCount,
  rollbackCount: tickets.rollbackCount,
  version: tickets.version,
  deletedAt: tickets.deletedAt,
  deletedById: tickets.deletedById,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
};

const selectViews = (conn: DbOrTx) =>
  conn
    .select(ticketViewColumns)
    .from(tickets)
    .innerJoin(requester, eq(requester.id, tickets.requesterId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .leftJoin(departments, eq(departments.id, tickets.departmentId))
    .leftJoin(products, eq(products.id, tickets.productId));

const isUuid = (id: string) => z.uuid().safeParse(id).success;

async function withCollaborators(conn: DbOrTx, actor: Actor, view: TicketView): Promise<TicketDetail> {
  const collaborators = await conn
    .select({ id: users.id, name: users.name })
    .from(ticketCollaborators)
    .innerJoin(users, eq(users.id, ticketCollaborators.userId))
    .where(eq(ticketCollaborators.ticketId, view.id))
    .orderBy(asc(ticketCollaborators.createdAt), asc(users.id));
  const [item] = await withWorkflow(conn, actor, [view]);
  return { ...item, collaborators };
}

/** One ticket the actor can see (not in trash), with its collaborators; otherwise 404. */
export async function getTicket(actor: Actor, id: string, tx?: DbOrTx): Promise<TicketDetail> {
  assertCan(actor, "tickets.read");
  if (!isUuid(id)) throw notFound("Ticket");
  const conn = tx ?? (await getDb());
  const [row] = await selectViews(conn).where(and(eq(tickets.id, id), visibleTickets(actor)));
  if (!row) throw notFound("Ticket");
  return withCollaborators(conn, actor, row);
}

/** The view of a ticket the caller has just acted on, read without the visibility filter (also in trash). */
export async function loadTicketView(conn: DbOrTx, id: string, actor: Actor): Promise<TicketDetail> {
  const [row] = await selectViews(conn).where(eq(tickets.id, id));
  if (!row) throw notFound("Ticket");
  return withCollaborators(conn, actor, row);
}

/** A ticket in trash (admin/manager only); a live ticket or a non-staff caller gets 404. */
export async function getTrashedTicket(actor: Actor, id: string): Promise<TicketDetail> {
  assertCan(actor, "tickets.listTrash");
  if (!isUuid(id)) throw notFound("Ticket");
  const db = await getDb();
  const [row] = await selectViews(db).where(and(eq(tickets.id, id), trashedTickets(actor)));
  if (!row) throw notFound("Ticket");
  return withCollaborators(db, actor, row);
}

const sortColumns = {
  number: tickets.number,
  title: sql`lower(${tickets.title})`,
  status: tickets.status,
  priority: tickets.priority,
  deadline: tickets.deadline,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
};

/** Overdue (SPEC §5): deadline passed, status not completed or rejected. */
export const overdueTickets = (): SQL => and(lt(tickets.deadline, sql`now()`), notInArray(tickets.status, ["completed", "rejected"]))!;

function searchFilter(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const byNumber = /^(?:t-?)?(\d{1,9})$/i.exec(q);
  return or(
    sql`${tickets.title} ilike ${likePattern(q)}`,
    sql`${tickets.description} ilike ${likePattern(q)}`,
    byNumber ? eq(tickets.number, Number(byNumber[1])) : undefined,
  );
}

/** The WHERE (visibility included) and ORDER BY of a ticket list: shared by the page, the CSV export and counts. */
export function ticketsFilter(actor: Actor, query: ListTicketsQuery) {
  const me = (v: string | undefined) => (v === "me" ? actor.id : v);
  const where = and(
    visibleTickets(actor),
    query.status?.length ? inArray(tickets.status, query.status) : undefined,
    query.priority?.length ? inArray(tickets.priority, query.priority) : undefined,
    query.assigneeId === "none" ? isNull(tickets.assigneeId) : query.assigneeId ? eq(tickets.assigneeId, me(query.assigneeId)!) : undefined,
    query.requesterId ? eq(tickets.requesterId, me(query.requesterId)!) : undefined,
    query.departmentId ? eq(tickets.departmentId, query.departmentId) : undefined,
    query.productId ? eq(tickets.productId, query.productId) : undefined,
    query.overdue === true ? overdueTickets() : undefined,
    query.createdFrom ? gte(tickets.createdAt, query.createdFrom) : undefined,
    // Stored times have microseconds: everything before the next millisecond is "up to" the bound.
    query.createdTo ? lt(tickets.createdAt, new Date(query.createdTo.getTime() + 1)) : undefined,
    query.scope === "dashboard" ? dashboardScope(actor) : undefined,
    searchFilter(query.q),
  );
  const direction = query.order === "desc" ? desc : asc;
  const column = direction(sortColumns[query.sort]);
  // Ties follow the sort's direction, so one index (column, number) serves both directions. Only a
  // deadline can be empty: "nulls last" on a NOT NULL column would keep the index from matching.
  return { where, orderBy: [query.sort === "deadline" ? sql`${column} nulls last` : column, direction(tickets.number)] };
}

/** A page of the tickets the actor can see, filtered, sorted and paged in SQL (the total counted apart). */
export async function listTickets(actor: Actor, input: unknown): Promise<Page<TicketItem>> {
  assertCan(actor, "tickets.read");
  const query = parseInput(listTicketsQuery, input ?? {});
  const { where, orderBy } = ticketsFilter(actor, query);
  const db = await getDb();
  const rows = await selectViews(db)
    .where(where)
    .orderBy(...orderBy)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const countAll = async () => (await db.select({ n: count() }).from(tickets).where(where))[0].n;
  return pageWithTotal(await withWorkflow(db, actor, rows), countAll, query.page, query.pageSize);
}

/** Trash (admin/manager): a page of tickets moved to trash, newest first. */
export async function listTrash(actor: Actor, input: unknown): Promise<Page<TicketItem>> {
  assertCan(actor, "tickets.listTrash");
  const query = parseInput(listTrashQuery, input ?? {});
  const where = and(trashedTickets(actor), searchFilter(query.q));
  const column = { number: tickets.number, title: sql`lower(${tickets.title})`, deletedAt: tickets.deletedAt }[query.sort];
  const db = await getDb();
  const rows = await selectViews(db)
    .where(where)
    .orderBy(query.order === "desc" ? desc(column) : asc(column), desc(tickets.number))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const countAll = async () => (await db.select({ n: count() }).from(tickets).where(where))[0].n;
  return pageWithTotal(await withWorkflow(db, actor, rows), countAll, query.page, query.pageSize);
}

/** The ticket's history, oldest first: who, when, what, old → new, and the workflow snapshot. */
export async function listHistory(actor: Actor, id: string): Promise<TicketHistoryEntry[]> {
  assertCan(actor, "tickets.read");
  const db = await getDb();
  await loadTicket(db, actor, id);
  return db
    .select({
      id: activityLog.id,
      action: activityLog.action,
      actorId: activityLog.actorId,
      actorName: users.name,
      changes: activityLog.changes,
      snapshot: activityLog.snapshot,
      message: activityLog.message,
      createdAt: activityLog.createdAt,
    })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(and(eq(activityLog.entityType, "ticket"), eq(activityLog.entityId, id)))
    .orderBy(asc(activityLog.id));
}

/**
 * "Needs my action": approvals waiting on the actor (the dept step for departments they manage, the
 * creative step if they manage a creative department; admins both), their assigned open work, and
 * their own completed tickets waiting for confirmation. Same list shape and sort as listTickets.
 */
export function needsActionFilter(actor: Actor): SQL {
  const admin = actor.role === "admin";
  const manager = actor.role === "manager";
  const managed = (creative: boolean) =>
    sql`select ${departments.id} from ${departments} where ${departments.isCreative} = ${creative} and (${departments.managerId} = ${actor.id} or ${departments.id} = ${actor.departmentId})`;
  return or(
    admin ? eq(tickets.status, "requested") : manager ? and(eq(tickets.status, "requested"), sql`${requester.departmentId} in (${managed(false)})`) : undefined,
    admin ? eq(tickets.status, "pending_creative") : manager ? and(eq(tickets.status, "pending_creative"), sql`exists (${managed(true)})`) : undefined,
    and(eq(tickets.assigneeId, actor.id), inArray(tickets.status, ["approved", "in_progress"])),
    and(eq(tickets.requesterId, actor.id), eq(tickets.status, "completed"), isNull(tickets.confirmedAt)),
  )!;
}

export async function listNeedsMyAction(actor: Actor, input: unknown): Promise<Page<TicketItem>> {
  assertCan(actor, "tickets.read");
  const query = parseInput(listTicketsQuery, input ?? {});
  const { where, orderBy } = ticketsFilter(actor, query);
  const db = await getDb();
  const filtered = and(where, needsActionFilter(actor));
  const rows = await selectViews(db)
    .where(filtered)
    .orderBy(...orderBy)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const countAll = async () =>
    (await db.select({ n: count() }).from(tickets).innerJoin(requester, eq(requester.id, tickets.requesterId)).where(filtered))[0].n;
  return pageWithTotal(await withWorkflow(db, actor, rows), countAll, query.page, query.pageSize);
}

/** Every ticket matching the list's filters and sort (pagination ignored), capped: the CSV export. */
export async function listTicketsForExport(actor: Actor, input: unknown, options: { needsAction?: boolean; limit?: number } = {}): Promise<TicketView[]> {
  assertCan(actor, "tickets.read");
  const query = parseInput(listTicketsQuery, input ?? {});
  const { where, orderBy } = ticketsFilter(actor, query);
  const limit = options.limit ?? 50_000;
  return selectViews(await getDb())
    .where(options.needsAction ? and(where, needsActionFilter(actor)) : where)
    .orderBy(...orderBy)
    .limit(limit);
}

/** Who may be assigned: active, approved users of a creative department (SPEC §2), for the assign select. */
export async function listCreativeAssignees(actor: Actor): Promise<{ id: string; name: string; departmentName: string }[]> {
  assertCan(actor, "tickets.assign");
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, departmentName: departments.name })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(and(eq(departments.isCreative, true), eq(users.isActive, true), eq(users.isApproved, true)))
    .orderBy(asc(users.name), asc(users.id));
}

/** What the approval predicates need about one ticket: the requester's department and the creative departments. */
export async function getApprovalContext(actor: Actor, ticket: { requesterId: string }) {
  assertCan(actor, "tickets.read");
  const db = await getDb();
  const [requesterDepartment] = await db
    .select({ id: departments.id, managerId: departments.managerId, isCreative: departments.isCreative })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, ticket.requesterId));
  const creativeDepartments = await db.select({ id: departments.id, managerId: departments.managerId }).from(departments).where(eq(departments.isCreative, true));
  return { requesterDepartment: requesterDepartment ?? null, creativeDepartments };
}

/** People who can be added as collaborators (active, approved), for the collaborator select. */
export async function listCollaboratorCandidates(actor: Actor): Promise<{ id: string; name: string; username: string }[]> {
  assertCan(actor, "tickets.collaborate");
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, username: users.username })
    .from(users)
    .where(and(eq(users.isActive, true), eq(users.isApproved, true)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(1000);
}
