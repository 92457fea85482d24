import { z } from "zod";
import { dateTime } from "@/lib/schemas/date";
import { multiLine, singleLine } from "@/lib/schemas/text";
import { ticketComplexities, ticketPriorities, ticketStatuses, type TicketComplexity, type TicketPriority, type TicketStatus } from "@/db/schema/tickets";
import { listQuerySchema } from "@/lib/pagination";
import { patchOf } from "@/lib/schemas/patch";
import type { TicketWorkflow } from "./workflow";

export const ticketStatusSchema = z.enum(ticketStatuses, { error: `Status must be one of: ${ticketStatuses.join(", ")}` });
export const ticketPrioritySchema = z.enum(ticketPriorities, { error: `Priority must be one of: ${ticketPriorities.join(", ")}` });
export const ticketComplexitySchema = z.enum(ticketComplexities, { error: `Complexity must be one of: ${ticketComplexities.join(", ")}` });

const title = singleLine("Title is required").trim().min(1, "Title is required").max(200, "Title is too long");
const description = multiLine().trim().max(20_000, "Description is too long");
const optionalId = (message: string) =>
  z
    .union([z.uuid(message), z.literal("")])
    .nullish()
    .transform((v) => v || null);
const hours = z
  .union([z.coerce.number({ error: "Hours must be a number" }).min(0, "Hours cannot be negative").max(99_999, "Too many hours"), z.literal("")])
  .nullish()
  .transform((v) => (v === "" || v == null ? null : v));
const deadline = z
  .union([dateTime("Deadline must be a date and time"), z.literal("")])
  .nullish()
  .transform((v) => (v === "" || v == null ? null : v));
const reason = (required: boolean) =>
  required
    ? multiLine("A reason is required").trim().min(1, "A reason is required").max(2000, "Reason is too long")
    : multiLine()
        .trim()
        .max(2000, "Reason is too long")
        .nullish()
        .transform((v) => v || null);

/** Create form / POST body. The requester is the actor; status comes from routing, never the input. */
export const createTicketSchema = z
  .object({
    title,
    description: description.default(""),
    departmentId: optionalId("Choose a department"),
    productId: optionalId("Choose a product"),
    priority: ticketPrioritySchema.default("medium"),
    deadline,
    complexity: ticketComplexitySchema.nullish().transform((v) => v ?? null),
    estimatedHours: hours,
  })
  .strict();
export type CreateTicketInput = z.input<typeof createTicketSchema>;

/** Edit form / PATCH body: fields only. Status, assignee and approvals change through their actions. */
export const updateTicketSchema = patchOf(
  z.object({
    title,
    description,
    departmentId: optionalId("Choose a department"),
    productId: optionalId("Choose a product"),
    priority: ticketPrioritySchema,
    deadline,
    complexity: ticketComplexitySchema.nullable(),
    estimatedHours: hours,
    actualHours: hours,
  }),
);
export type UpdateTicketInput = z.input<typeof updateTicketSchema>;

/**
 * Which approval step the caller means (the one they saw). Optional; when given, a ticket that has
 * moved past it is 409, so a stale button never approves the next step by accident.
 */
export const approvalStepSchema = z.enum(["dept", "creative"], { error: "Step must be dept or creative" }).optional();
export const approveTicketSchema = z.object({ step: approvalStepSchema }).strict();
export const rejectTicketSchema = z.object({ reason: reason(false), step: approvalStepSchema }).strict();
export const requestChangesSchema = z.object({ reason: reason(true) }).strict();
export const assignTicketSchema = z.object({ assigneeId: z.uuid("Choose an assignee") }).strict();
export const collaboratorSchema = z.object({ userId: z.uuid("Choose a user") }).strict();
export const rollbackTicketSchema = z.object({ entryId: z.coerce.number({ error: "Choose a history entry" }).int().positive("Choose a history entry") }).strict();

/** Optional optimistic-concurrency check from the caller (the version the user was looking at). */
export const expectedVersionSchema = z.coerce.number().int().positive().optional();

export const ticketSortKeys = ["number", "title", "status", "priority", "deadline", "createdAt", "updatedAt"] as const;
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? (v ? v.split(",") : undefined) : v), z.array(item).optional());
const booleanParam = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" || v === "" ? false : v), z.boolean().optional());

/** GET /tickets query string and the list page's URL state (SPEC §5). */
export const listTicketsQuery = listQuerySchema(ticketSortKeys, "createdAt").extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  status: csv(ticketStatusSchema),
  priority: csv(ticketPrioritySchema),
  /** A user id, "me", or "none" (unassigned). */
  assigneeId: z.union([z.uuid(), z.literal("me"), z.literal("none")]).optional(),
  requesterId: z.union([z.uuid(), z.literal("me")]).optional(),
  departmentId: z.uuid().optional(),
  productId: z.uuid().optional(),
  overdue: booleanParam,
  createdFrom: dateTime().optional(),
  /** Inclusive to the millisecond: "…T23:59:59.999" takes the whole day. */
  createdTo: dateTime().optional(),
  /** "dashboard": only the tickets the dashboard counts (SPEC §5), so a card's link lists exactly its tickets. */
  scope: z.literal("dashboard").optional(),
});
export type ListTicketsQuery = z.infer<typeof listTicketsQuery>;

export const trashSortKeys = ["number", "title", "deletedAt"] as const;
export const listTrashQuery = listQuerySchema(trashSortKeys, "deletedAt").extend({
  order: z.enum(["asc", "desc"]).default("desc"),
});

export type UserRef = { id: string; name: string } | null;

/** One ticket as every caller shows it (hours as numbers, people with names). */
export type TicketView = {
  id: string;
  number: number;
  /** "T-123" */
  key: string;
  title: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority;
  complexity: TicketComplexity | null;
  deadline: Date | null;
  estimatedHours: number | null;
  actualHours: number | null;
  requesterId: string;
  requesterName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  productId: string | null;
  productName: string | null;
  deptApprovedById: string | null;
  deptApprovedAt: Date | null;
  creativeApprovedById: string | null;
  creativeApprovedAt: Date | null;
  rejectedById: string | null;
  rejectedAt: Date | null;
  rejectionReason: string | null;
  startedAt: Date | null;
  completedAt: Date | null;
  confirmedById: string | null;
  confirmedAt: Date | null;
  revisionCount: number;
  rollbackCount: number;
  version: number;
  deletedAt: Date | null;
  deletedById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A ticket as one viewer gets it: with the actions they may take now and whom it waits on. */
export type TicketItem = TicketView & TicketWorkflow;
export type TicketDetail = TicketItem & { collaborators: { id: string; name: string }[] };

export type TicketHistoryEntry = {
  id: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  snapshot: Record<string, unknown> | null;
  message: string | null;
  createdAt: Date;
};

export const ticketKey = (n: number) => `T-${n}`;
