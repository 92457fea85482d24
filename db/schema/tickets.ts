import { sql } from "drizzle-orm";
import { index, integer, numeric, pgEnum, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { departments, products } from "./departments";
import { users } from "./users";

export const ticketStatusEnum = pgEnum("ticket_status", ["requested", "pending_creative", "approved", "in_progress", "rejected", "completed"]);
export const ticketPriorityEnum = pgEnum("ticket_priority", ["low", "medium", "high", "urgent"]);
export const ticketComplexityEnum = pgEnum("ticket_complexity", ["low", "medium", "high"]);

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A creative request (SPEC §2). `number` is the human id (T-123). `version` is bumped by every
 * command (UPDATE … WHERE version = ?), so of two simultaneous transitions exactly one wins.
 * People columns use onDelete "restrict" (the default): a user who owns tickets is deactivated, not deleted.
 */
export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: serial("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    requesterId: uuid("requester_id").notNull().references(() => users.id),
    departmentId: uuid("department_id").references(() => departments.id, { onDelete: "set null" }),
    productId: uuid("product_id").references(() => products.id, { onDelete: "restrict" }),
    priority: ticketPriorityEnum("priority").notNull().default("medium"),
    deadline: ts("deadline"),
    complexity: ticketComplexityEnum("complexity"),
    // numeric(7,2) comes back as a string from both drivers; lib/tickets converts at the edge.
    estimatedHours: numeric("estimated_hours", { precision: 7, scale: 2 }),
    actualHours: numeric("actual_hours", { precision: 7, scale: 2 }),
    assigneeId: uuid("assignee_id").references(() => users.id),
    status: ticketStatusEnum("status").notNull(),
    deptApprovedById: uuid("dept_approved_by_id").references(() => users.id),
    deptApprovedAt: ts("dept_approved_at"),
    creativeApprovedById: uuid("creative_approved_by_id").references(() => users.id),
    creativeApprovedAt: ts("creative_approved_at"),
    rejectedById: uuid("rejected_by_id").references(() => users.id),
    rejectedAt: ts("rejected_at"),
    rejectionReason: text("rejection_reason"),
    startedAt: ts("started_at"),
    completedAt: ts("completed_at"),
    confirmedById: uuid("confirmed_by_id").references(() => users.id),
    confirmedAt: ts("confirmed_at"),
    revisionCount: integer("revision_count").notNull().default(0),
    rollbackCount: integer("rollback_count").notNull().default(0),
    version: integer("version").notNull().default(1),
    deletedAt: ts("deleted_at"),
    deletedById: uuid("deleted_by_id").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tickets_number_idx").on(t.number),
    // Lists and the dashboard filter live tickets (deleted_at is null) by these columns.
    index("tickets_status_idx").on(t.status, t.createdAt).where(sql`${t.deletedAt} is null`),
    index("tickets_assignee_idx").on(t.assigneeId, t.status).where(sql`${t.deletedAt} is null`),
    index("tickets_requester_idx").on(t.requesterId, t.status).where(sql`${t.deletedAt} is null`),
    index("tickets_department_idx").on(t.departmentId, t.status).where(sql`${t.deletedAt} is null`),
    index("tickets_completed_at_idx").on(t.completedAt).where(sql`${t.deletedAt} is null`),
    // Overdue (lib/tickets/queries.ts overdueTickets): the open tickets by deadline, so the count reads only those.
    index("tickets_open_deadline_idx").on(t.deadline).where(sql`${t.deletedAt} is null and ${t.status} not in ('completed', 'rejected')`),
    // One per sort of the list (lib/tickets/queries.ts ticketsFilter: the column, then number, both
    // the same way), so a first page reads 25 index entries instead of sorting every live ticket.
    // Scanned backwards for descending; deadline sorts "nulls last" both ways, hence two.
    index("tickets_created_at_idx").on(t.createdAt, t.number).where(sql`${t.deletedAt} is null`),
    index("tickets_updated_at_idx").on(t.updatedAt, t.number).where(sql`${t.deletedAt} is null`),
    index("tickets_title_idx").on(sql`lower(${t.title})`, t.number).where(sql`${t.deletedAt} is null`),
    index("tickets_status_number_idx").on(t.status, t.number).where(sql`${t.deletedAt} is null`),
    index("tickets_priority_idx").on(t.priority, t.number).where(sql`${t.deletedAt} is null`),
    index("tickets_deadline_idx").on(t.deadline, t.number).where(sql`${t.deletedAt} is null`),
    index("tickets_deadline_desc_idx").on(t.deadline.desc().nullsLast(), t.number.desc().nullsFirst()).where(sql`${t.deletedAt} is null`),
    index("tickets_deleted_at_idx").on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    // Text search (lib/tickets/queries.ts searchFilter: title/description ILIKE '%q%'): trigram
    // indexes answer a substring match of 3+ characters, for live tickets and trash alike.
    // Needs the pg_trgm extension (migration 0007; db/index.ts openPglite loads it into PGlite).
    index("tickets_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("tickets_description_trgm_idx").using("gin", t.description.op("gin_trgm_ops")),
  ],
);

export const ticketCollaborators = pgTable(
  "ticket_collaborators",
  {
    ticketId: uuid("ticket_id").notNull().references(() => tickets.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    addedById: uuid("added_by_id"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] }), index("ticket_collaborators_user_idx").on(t.userId)],
);

export type Ticket = typeof tickets.$inferSelect;
export type NewTicket = typeof tickets.$inferInsert;
export type TicketStatus = (typeof ticketStatusEnum.enumValues)[number];
export type TicketPriority = (typeof ticketPriorityEnum.enumValues)[number];
export type TicketComplexity = (typeof ticketComplexityEnum.enumValues)[number];
export const ticketStatuses = ticketStatusEnum.enumValues;
export const ticketPriorities = ticketPriorityEnum.enumValues;
export const ticketComplexities = ticketComplexityEnum.enumValues;
