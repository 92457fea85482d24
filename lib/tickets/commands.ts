import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { activityLog, departments, products, ticketCollaborators, tickets, users, type FieldChanges, type NewTicket, type Ticket, type TicketStatus } from "@/db/schema";
import { diffFields } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, managesDepartment } from "@/lib/auth/policy";
import { assertTransition } from "@/lib/kit/transitions";
import { AppError, conflict, isForeignKeyViolation, notFound, parseInput } from "@/lib/errors";
import { deleteAttachmentRows, deleteStoredFiles } from "./attachments";
import { loadTicket } from "./load";
import { recordTicketEvent, restorableDateFields, restorableFields, type TicketAction } from "./events";
import { loadTicketView } from "./queries";
import { ticketTransitions, type ApprovalContext, type TicketActionName } from "./transitions";
import {
  approveTicketSchema,
  assignTicketSchema,
  collaboratorSchema,
  createTicketSchema,
  expectedVersionSchema,
  rejectTicketSchema,
  requestChangesSchema,
  rollbackTicketSchema,
  ticketKey,
  updateTicketSchema,
  type TicketDetail,
} from "./schemas";

/** Options every ticket command accepts. `expectedVersion`: the version the user acted on (409 if it moved). */
export type TicketCommandOptions = { expectedVersion?: number };

const statusLabel: Record<TicketStatus, string> = {
  requested: "waiting for department approval",
  pending_creative: "waiting for creative approval",
  approved: "approved",
  in_progress: "in progress",
  rejected: "rejected",
  completed: "completed",
};

const wrongStatus = (t: Ticket, what: string) => conflict(`${ticketKey(t.number)} is ${statusLabel[t.status]}; ${what}.`);
const stale = (t: Ticket) => conflict(`${ticketKey(t.number)} was just changed by someone else. Reload it and try again.`);
/** Asserts the transition table: 403 if the actor may not, 409 naming the status if the ticket is elsewhere. */
const assertAction = (name: TicketActionName, actor: Actor, t: Ticket, what: string, approval?: ApprovalContext) =>
  assertTransition(ticketTransitions[name], actor, { ...t, approval }, () => wrongStatus(t, what));
const fieldError = (field: string, message: string) => new AppError("invalid", "Some fields are not valid", { [field]: [message] });

/** Workflow state and fields as plain values, so old → new compares hours as numbers and skips bookkeeping. */
function comparable(t: Ticket): Record<string, unknown> {
  const { version: _v, updatedAt: _u, ...rest } = t;
  return { ...rest, estimatedHours: t.estimatedHours == null ? null : Number(t.estimatedHours), actualHours: t.actualHours == null ? null : Number(t.actualHours) };
}
const changesOf = (before: Ticket, after: Ticket): FieldChanges => diffFields(comparable(before), comparable(after));

/** The ticket row if the actor may see it (live tickets) or, with `trash`, if it is in trash and they are staff. */
/**
 * The one way a command writes a ticket: UPDATE … WHERE id = ? AND version = ?, bumping the version.
 * Of two simultaneous commands on one ticket the second finds no row and gets 409.
 */
async function writeTicket(tx: Tx, before: Ticket, set: Partial<NewTicket>): Promise<Ticket> {
  const [after] = await tx
    .update(tickets)
    .set({ ...set, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(tickets.id, before.id), eq(tickets.version, before.version)))
    .returning();
  if (!after) throw stale(before);
  return after;
}

type Step = { action: TicketAction; set: Partial<NewTicket>; message?: string | null; data?: Record<string, unknown>; extraChanges?: FieldChanges };

/** Load (404) → decide (403 / 409 / 400) → versioned write → history entry + event hook, in one transaction. */
async function runCommand(
  actor: Actor,
  id: string,
  options: TicketCommandOptions,
  /** Returns the change to make, or null when there is nothing to change (no write, no entry). */
  decide: (tx: Tx, ticket: Ticket) => Promise<Step | null> | Step | null,
  scope: "visible" | "any" = "visible",
): Promise<TicketDetail> {
  const expectedVersion = parseInput(expectedVersionSchema, options.expectedVersion);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const before = await loadTicket(tx, actor, id, scope);
      // The ticket moved since the user saw it: 409 before any other judgement of a state they never saw.
      if (expectedVersion !== undefined && expectedVersion !== before.version) throw stale(before);
      const step = await decide(tx, before);
      if (!step) return loadTicketView(tx, id, actor);
      const after = await writeTicket(tx, before, step.set);
      const changes = { ...changesOf(before, after), ...step.extraChanges };
      await recordTicketEvent(tx, { action: step.action, actor, ticket: after, before, changes, message: step.message, data: step.data });
      return loadTicketView(tx, id, actor);
    });
  } catch (error) {
    // A department, product or person the ticket points to was deleted in the meantime.
    if (isForeignKeyViolation(error)) throw conflict("Something this ticket refers to no longer exists. Reload and try again.");
    throw error;
  }
}

async function creativeDepartments(tx: Tx) {
  return tx.select({ id: departments.id, managerId: departments.managerId }).from(departments).where(eq(departments.isCreative, true));
}

async function departmentOfUser(tx: Tx, userId: string) {
  const [row] = await tx
    .select({ id: departments.id, managerId: departments.managerId, isCreative: departments.isCreative })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, userId));
  return row ?? null;
}

/** What the approval rules need to judge this ticket (read inside the command's transaction). */
async function approvalContext(tx: Tx, t: Ticket): Promise<ApprovalContext> {
  return { requesterDepartment: await departmentOfUser(tx, t.requesterId), creativeDepartments: await creativeDepartments(tx) };
}

async function assertReferences(tx: Tx, data: { departmentId?: string | null; productId?: string | null }, before?: Ticket) {
  if (data.departmentId) {
    const [row] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, data.departmentId));
    if (!row) throw fieldError("departmentId", "No such department");
  }
  // A retired product may stay on a ticket that already has it, but is not chosen anew.
  if (data.productId && data.productId !== before?.productId) {
    const [row] = await tx.select({ isActive: products.isActive }).from(products).where(eq(products.id, data.productId));
    if (!row || !row.isActive) throw fieldError("productId", "No such product");
  }
}

// ————————————————————————————————————————— create —————————————————————————————————————————

/**
 * Creates a ticket requested by the actor, routed by their department (SPEC §2): a manager of a
 * creative department → approved at once ("auto-approved"); a member of a creative department →
 * pending_creative; anyone else → requested (waiting on their department's manager).
 */
export async function createTicket(actor: Actor, input: unknown): Promise<TicketDetail> {
  assertCan(actor, "tickets.create");
  const data = parseInput(createTicketSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertReferences(tx, data);
    const creative = await creativeDepartments(tx);
    const now = new Date();
    const autoApproved = creative.some((d) => managesDepartment(actor, d));
    const inCreative = !!actor.departmentId && creative.some((d) => d.id === actor.departmentId);
    const status: TicketStatus = autoApproved ? "approved" : inCreative ? "pending_creative" : "requested";
    const [row] = await tx
      .insert(tickets)
      .values({
        ...data,
        estimatedHours: data.estimatedHours == null ? null : String(data.estimatedHours),
        requesterId: actor.id,
        status,
        ...(autoApproved ? { creativeApprovedById: actor.id, creativeApprovedAt: now } : {}),
      })
      .returning();
    await recordTicketEvent(tx, {
      action: "ticket.created",
      actor,
      ticket: row,
      changes: { status: { from: null, to: status } },
      message: autoApproved ? "auto-approved" : null,
    });
    return loadTicketView(tx, row.id, actor);
  });
}

// ————————————————————————————————————————— approvals —————————————————————————————————————————

const stepOf = (t: Ticket) => (t.status === "requested" ? "dept" : t.status === "pending_creative" ? "creative" : null);
const assertStep = (t: Ticket, step: "dept" | "creative" | undefined, verb: string) => {
  if (step && stepOf(t) && stepOf(t) !== step) throw wrongStatus(t, `the ${step === "dept" ? "department" : "creative"} step cannot be ${verb} any more`);
};

/**
 * Approves the step the ticket is waiting on: dept (requested → pending_creative) or creative
 * (→ approved). Pass `{ step }` (and options.expectedVersion) from what the user saw.
 */
export async function approveTicket(actor: Actor, id: string, input: unknown = {}, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const { step } = parseInput(approveTicketSchema, input ?? {});
  return runCommand(actor, id, options, async (tx, t) => {
    assertCan(actor, "tickets.approve", "Only an admin or a manager can approve tickets.");
    assertStep(t, step, "approved");
    assertAction("approve", actor, t, "only a ticket waiting for approval can be approved", await approvalContext(tx, t));
    const now = new Date();
    if (t.status === "requested") return { action: "ticket.dept_approved", set: { status: "pending_creative", deptApprovedById: actor.id, deptApprovedAt: now } };
    return { action: "ticket.approved", set: { status: "approved", creativeApprovedById: actor.id, creativeApprovedAt: now } };
  });
}

/** Rejects at either approval step, by whoever may approve that step; the reason is optional. */
export async function rejectTicket(actor: Actor, id: string, input: unknown = {}, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const { reason, step } = parseInput(rejectTicketSchema, input ?? {});
  return runCommand(actor, id, options, async (tx, t) => {
    assertCan(actor, "tickets.reject", "Only an admin or a manager can reject tickets.");
    assertStep(t, step, "rejected");
    assertAction("reject", actor, t, "only a ticket waiting for approval can be rejected", await approvalContext(tx, t));
    return { action: "ticket.rejected", set: { status: "rejected", rejectedById: actor.id, rejectedAt: new Date(), rejectionReason: reason }, message: reason, data: { reason } };
  });
}

// ————————————————————————————————————————— work —————————————————————————————————————————

/** Assigns or reassigns (approved, in progress): admin or any manager; the assignee is an active creative-department user. */
export async function assignTicket(actor: Actor, id: string, input: unknown, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const { assigneeId } = parseInput(assignTicketSchema, input);
  return runCommand(actor, id, options, async (tx, t) => {
    assertAction("assign", actor, t, "only an approved or in-progress ticket can be assigned");
    const [candidate] = await tx
      .select({ name: users.name, isActive: users.isActive, isApproved: users.isApproved, isCreative: departments.isCreative })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(users.id, assigneeId));
    if (!candidate || !candidate.isActive || !candidate.isApproved) throw fieldError("assigneeId", "Choose an active user");
    if (!candidate.isCreative) throw fieldError("assigneeId", `${candidate.name} is not in a creative department`);
    if (t.assigneeId === assigneeId) throw conflict(`${ticketKey(t.number)} is already assigned to ${candidate.name}.`);
    return { action: "ticket.assigned", set: { assigneeId }, data: { assigneeId, previousAssigneeId: t.assigneeId } };
  });
}

/** approved → in_progress, by the assignee or an admin/manager; an unassigned ticket goes to whoever starts it. */
export async function startTicket(actor: Actor, id: string, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  return runCommand(actor, id, options, (_tx, t) => {
    assertAction("start", actor, t, "only an approved ticket can be started");
    return { action: "ticket.started", set: { status: "in_progress", startedAt: new Date(), assigneeId: t.assigneeId ?? actor.id } };
  });
}

/** in_progress → completed, by the assignee or an admin/manager. */
export async function completeTicket(actor: Actor, id: string, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  return runCommand(actor, id, options, (_tx, t) => {
    assertAction("complete", actor, t, "only a ticket in progress can be completed");
    return { action: "ticket.completed", set: { status: "completed", completedAt: new Date() } };
  });
}

/** The requester (only them, not even an admin) confirms a completed ticket, once. */
export async function confirmTicket(actor: Actor, id: string, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  return runCommand(actor, id, options, (_tx, t) => {
    assertAction("confirm", actor, t, "only a completed ticket can be confirmed");
    return { action: "ticket.confirmed", set: { confirmedById: actor.id, confirmedAt: new Date() } };
  });
}

/** The requester sends a completed, unconfirmed ticket back to in_progress with a reason; revision count +1. */
export async function requestChanges(actor: Actor, id: string, input: unknown, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const { reason } = parseInput(requestChangesSchema, input ?? {});
  return runCommand(actor, id, options, (_tx, t) => {
    assertAction("requestChanges", actor, t, "only a completed ticket can be sent back for changes");
    return {
      action: "ticket.changes_requested",
      set: { status: "in_progress", completedAt: null, revisionCount: t.revisionCount + 1 },
      message: reason,
      data: { reason },
    };
  });
}

// ————————————————————————————————————————— fields, collaborators —————————————————————————————————————————

/** Edits fields (never status): the requester or an admin/manager. No change, no history entry. */
export async function updateTicket(actor: Actor, id: string, input: unknown, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const patch = parseInput(updateTicketSchema, input ?? {});
  const set: Partial<NewTicket> = {
    ...patch,
    estimatedHours: patch.estimatedHours === undefined ? undefined : patch.estimatedHours === null ? null : String(patch.estimatedHours),
    actualHours: patch.actualHours === undefined ? undefined : patch.actualHours === null ? null : String(patch.actualHours),
  };
  return runCommand(actor, id, options, async (tx, t) => {
    assertAction("edit", actor, t, "it cannot be edited");
    if (!Object.keys(diffFields(comparable(t), patch)).length) return null;
    await assertReferences(tx, patch, t);
    return { action: "ticket.updated", set };
  });
}

/** Anyone who can see the ticket adds a collaborator (who then sees it too). */
export async function addCollaborator(actor: Actor, id: string, input: unknown, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const { userId } = parseInput(collaboratorSchema, input);
  return runCommand(actor, id, options, async (tx, t) => {
    assertCan(actor, "tickets.collaborate");
    const [user] = await tx.select({ name: users.name, isActive: users.isActive }).from(users).where(eq(users.id, userId));
    if (!user || !user.isActive) throw fieldError("userId", "Choose an active user");
    const inserted = await tx.insert(ticketCollaborators).values({ ticketId: t.id, userId, addedById: actor.id }).onConflictDoNothing().returning();
    if (!inserted.length) throw conflict(`${user.name} already collaborates on ${ticketKey(t.number)}.`);
    return { action: "ticket.collaborator_added", set: {}, message: user.name, data: { userId }, extraChanges: { collaborators: { from: null, to: userId } } };
  });
}

/** Anyone who can see the ticket removes a collaborator. */
export async function removeCollaborator(actor: Actor, id: string, input: unknown, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const { userId } = parseInput(collaboratorSchema, input);
  return runCommand(actor, id, options, async (tx, t) => {
    assertCan(actor, "tickets.collaborate");
    const removed = await tx
      .delete(ticketCollaborators)
      .where(and(eq(ticketCollaborators.ticketId, t.id), eq(ticketCollaborators.userId, userId)))
      .returning();
    if (!removed.length) throw notFound("Collaborator");
    return { action: "ticket.collaborator_removed", set: {}, data: { userId }, extraChanges: { collaborators: { from: userId, to: null } } };
  });
}

// ————————————————————————————————————————— rollback —————————————————————————————————————————

/**
 * Admin/manager: restores the workflow state (status, assignee, approvals, priority, deadline,
 * department, product, complexity, hours) from one of this ticket's history entries. Title,
 * description, comments and attachments stay. Itself logged (so it can be rolled back), counted.
 */
export async function rollbackTicket(actor: Actor, id: string, input: unknown, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  const { entryId } = parseInput(rollbackTicketSchema, input);
  return runCommand(actor, id, options, async (tx, t) => {
    assertAction("rollback", actor, t, "it cannot be rolled back");
    const [entry] = await tx
      .select({ snapshot: activityLog.snapshot })
      .from(activityLog)
      .where(and(eq(activityLog.id, entryId), eq(activityLog.entityType, "ticket"), eq(activityLog.entityId, t.id)));
    if (!entry) throw notFound("History entry");
    if (!entry.snapshot || typeof entry.snapshot.status !== "string") throw conflict("That history entry has no workflow state to restore.");
    const set = restoredState(entry.snapshot);
    if (!Object.keys(diffFields(comparable(t), { ...set, estimatedHours: numberOrNull(set.estimatedHours), actualHours: numberOrNull(set.actualHours) })).length) {
      throw conflict(`${ticketKey(t.number)} is already in that state.`);
    }
    return { action: "ticket.rolled_back", set: { ...set, rollbackCount: t.rollbackCount + 1 }, message: `Rolled back to history entry #${entryId}`, data: { entryId } };
  });
}

const numberOrNull = (v: unknown) => (v == null ? null : Number(v));

/** A snapshot (JSON) back to column values: ISO strings to dates, hours to numeric strings. */
function restoredState(snapshot: Record<string, unknown>): Partial<NewTicket> {
  const set: Record<string, unknown> = {};
  for (const key of restorableFields) {
    const value = snapshot[key] ?? null;
    if (value === null) set[key] = null;
    else if (restorableDateFields.has(key)) set[key] = new Date(value as string);
    else if (key === "estimatedHours" || key === "actualHours") set[key] = String(value);
    else set[key] = value;
  }
  return set as Partial<NewTicket>;
}

// ————————————————————————————————————————— trash —————————————————————————————————————————

/** The requester or an admin/manager moves a ticket to trash (hidden from every list and view). */
export async function trashTicket(actor: Actor, id: string, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  return runCommand(actor, id, options, (_tx, t) => {
    assertAction("trash", actor, t, "it cannot be moved to trash");
    return { action: "ticket.trashed", set: { deletedAt: new Date(), deletedById: actor.id } };
  });
}

/** Admin/manager: brings a ticket back from trash. */
export async function restoreTicket(actor: Actor, id: string, options: TicketCommandOptions = {}): Promise<TicketDetail> {
  assertCan(actor, "tickets.restore", "Only an admin or a manager can restore tickets.");
  return runCommand(
    actor,
    id,
    options,
    (_tx, t) => {
      assertAction("restore", actor, t, "it cannot be restored");
      return { action: "ticket.restored", set: { deletedAt: null, deletedById: null } };
    },
    "any",
  );
}

/** Admin only, and only from trash: deletes the ticket for good. Its history stays (append-only). */
export async function deleteTicketForever(actor: Actor, id: string, options: TicketCommandOptions = {}): Promise<void> {
  assertCan(actor, "tickets.deleteForever", "Only an admin can delete a ticket permanently.");
  const expectedVersion = parseInput(expectedVersionSchema, options.expectedVersion);
  const db = await getDb();
  const storageKeys = await db.transaction(async (tx) => {
    const t = await loadTicket(tx, actor, id, "any");
    if (!t.deletedAt) throw conflict(`${ticketKey(t.number)} is not in the trash. Move it to trash first.`);
    if (expectedVersion !== undefined && expectedVersion !== t.version) throw stale(t);
    const keys = await deleteAttachmentRows(tx, t.id);
    const deleted = await tx
      .delete(tickets)
      .where(and(eq(tickets.id, t.id), eq(tickets.version, t.version)))
      .returning({ id: tickets.id });
    if (!deleted.length) throw stale(t);
    await recordTicketEvent(tx, { action: "ticket.deleted", actor, ticket: t, before: t, changes: {}, message: `${ticketKey(t.number)} ${t.title}` });
    return keys;
  });
  // The files go only once the rows are gone for good; a rollback above keeps both.
  await deleteStoredFiles(storageKeys);
}

