"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current";
import { formAction } from "@/lib/forms/form-action";
import { orNull, success, toFormState, type FormState, type Undo } from "@/lib/forms/form-state";
import type { BulkResult } from "@/lib/lists/bulk";
import { entryBeforeLast } from "../undo";
import {
  addCollaborator,
  addComment,
  approveTicket,
  assignTicket,
  bulkTicketCommand,
  completeTicket,
  confirmTicket,
  createTicket,
  deleteAttachment,
  deleteTicketForever,
  rejectTicket,
  removeCollaborator,
  requestChanges,
  restoreTicket,
  rollbackTicket,
  startTicket,
  trashTicket,
  updateTicket,
  type BulkTicketAction,
} from "@/lib/tickets";
import { instantOf } from "@/lib/time/zone";
import { requestTimeZone } from "../time-zone";

const LIST = "/tickets";
const TRASH = "/tickets/trash";
const detail = (id: string) => `${LIST}/${id}`;
/** Every ticket page, whether opened by id or by number (T-12). */
const TICKET_PAGE = "/tickets/[id]";
/** The version the user was looking at: a ticket changed since then is 409, never acted on blindly. */
const seen = (v: Record<string, string>) => ({ expectedVersion: v.version ? Number(v.version) : undefined });
const step = (v: Record<string, string>) => (v.step === "dept" || v.step === "creative" ? v.step : undefined);

/** The form's fields as the create/edit schemas take them ("" means none); the deadline read in the user's zone. */
async function ticketFields(v: Record<string, string>) {
  const zone = await requestTimeZone(v.timeZone);
  return {
    title: v.title ?? "",
    description: v.description ?? "",
    departmentId: orNull(v.departmentId),
    productId: orNull(v.productId),
    priority: v.priority || undefined,
    deadline: v.deadline ? instantOf(v.deadline, zone) : null,
    complexity: orNull(v.complexity),
    estimatedHours: orNull(v.estimatedHours),
  };
}

export const createTicketAction = formAction(async (actor, v) => createTicket(actor, await ticketFields(v)), {
  revalidate: [LIST],
  redirect: (_v, ticket) => detail(ticket.id),
  message: (_v, ticket) => `${ticket.key} requested.`,
});

export const updateTicketAction = formAction(async (actor, v) => updateTicket(actor, v.id, { ...(await ticketFields(v)), priority: v.priority, actualHours: orNull(v.actualHours) }, seen(v)), {
  revalidate: [TICKET_PAGE],
  redirect: (v) => detail(v.id),
  message: (_v, ticket) => `${ticket.key} saved.`,
});

/** The one-click and dialog actions on a ticket's page: each calls one domain command with the version seen. */
const ticketCommand = (run: (actor: Actor, id: string, v: Record<string, string>) => Promise<unknown>, message: string, undo?: (actor: Actor, id: string) => Promise<Undo | null>) =>
  formAction((actor, v) => run(actor, v.id, v), { revalidate: [TICKET_PAGE, LIST], message, undo: undo && ((v, _r, actor) => undo(actor, v.id)) });

export const approveTicketAction = ticketCommand((actor, id, v) => approveTicket(actor, id, { step: step(v) }, seen(v)), "Approved.");
export const rejectTicketAction = ticketCommand((actor, id, v) => rejectTicket(actor, id, { step: step(v), reason: v.reason ?? "" }, seen(v)), "Rejected.");
export const assignTicketAction = ticketCommand((actor, id, v) => assignTicket(actor, id, { assigneeId: v.assigneeId ?? "" }, seen(v)), "Assigned.");
export const startTicketAction = ticketCommand((actor, id, v) => startTicket(actor, id, seen(v)), "Started.");
export const completeTicketAction = ticketCommand((actor, id, v) => completeTicket(actor, id, seen(v)), "Completed.");
export const confirmTicketAction = ticketCommand((actor, id, v) => confirmTicket(actor, id, seen(v)), "Confirmed.");
export const requestChangesAction = ticketCommand((actor, id, v) => requestChanges(actor, id, { reason: v.reason ?? "" }, seen(v)), "Changes requested.");
export const addCollaboratorAction = ticketCommand((actor, id, v) => addCollaborator(actor, id, { userId: v.userId ?? "" }, seen(v)), "Collaborator added.");
export const removeCollaboratorAction = ticketCommand((actor, id, v) => removeCollaborator(actor, id, { userId: v.userId ?? "" }, seen(v)), "Collaborator removed.");
export const rollbackTicketAction = ticketCommand(
  (actor, id, v) => rollbackTicket(actor, id, { entryId: v.entryId }, seen(v)),
  "Rolled back.",
  async (actor, id) => {
    const entryId = await entryBeforeLast(actor, id);
    return entryId ? { kind: "ticket.rollback", fields: { id, entryId } } : null;
  },
);

/** A comment, or a reply when the form names a parent; on success the box comes back empty. */
export const addCommentAction = formAction((actor, v) => addComment(actor, v.id, { body: v.body ?? "", parentId: orNull(v.parentId) }), { revalidate: [TICKET_PAGE] });
/** The domain decides who may delete an attachment (uploader, admin or manager). */
export const deleteAttachmentAction = formAction((actor, v) => deleteAttachment(actor, v.attachmentId ?? ""), { revalidate: [TICKET_PAGE], message: "Attachment deleted." });

export const trashTicketAction = formAction((actor, v) => trashTicket(actor, v.id, seen(v)), {
  revalidate: [LIST],
  redirect: () => LIST,
  message: (_v, ticket) => `${ticket.key} moved to trash.`,
  // Only those who may restore get an Undo (a requester may trash, not restore).
  undo: (v, ticket) => (ticket.allowedActions.includes("restore") ? { kind: "ticket.restore", fields: { id: v.id } } : null),
});
export const restoreTicketAction = formAction((actor, v) => restoreTicket(actor, v.id, seen(v)), { revalidate: [TRASH, LIST, TICKET_PAGE], message: "Restored." });
export const deleteTicketForeverAction = formAction((actor, v) => deleteTicketForever(actor, v.id, seen(v)), { revalidate: [TRASH], message: "Deleted for good." });

/**
 * A bulk action from a list's selection: the domain runs the one-ticket command per ticket and
 * answers which were done and why the others were refused.
 */
export async function bulkTicketAction(input: { action: BulkTicketAction; ids: string[]; assigneeId?: string }): Promise<FormState<BulkResult>> {
  const actor = await requireActor();
  try {
    const result = await bulkTicketCommand(actor, input);
    for (const path of [LIST, TRASH]) revalidatePath(path);
    revalidatePath(TICKET_PAGE, "page");
    return success(undefined, result);
  } catch (error) {
    return toFormState(error);
  }
}
