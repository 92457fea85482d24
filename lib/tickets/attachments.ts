import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { ticketAttachments, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, assertRule, mayDeleteAttachment } from "@/lib/auth/policy";
import { AppError, notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getSettings } from "@/lib/settings";
import type { FileUpload } from "@/lib/http/file-upload";
import { attachmentStorage, newStorageKey } from "@/lib/storage";
import type { AttachmentLimits, TicketAttachmentView } from "./attachment-schemas";
import { recordTicketEvent } from "./events";
import { attachmentName } from "./file-name";
import { allowedTypesText, assertTypeAllowed } from "./attachment-types";
import { acceptedExtensions, detectType, unsupportedType } from "./file-types";
import { loadTicket } from "./load";
import { meterUpload, tooLarge } from "./upload-meter";
import { MAX_UPLOADS_PER_USER, takeUploadSlot } from "./upload-slots";
import { visibleTickets } from "./visibility";

// Attachments (SPEC §2): anyone who can see the ticket lists, uploads and downloads them; the uploader
// or an admin/manager deletes. The type is decided by the bytes; the name is only a label.

const MB = 1024 * 1024;
/** Room for the multipart framing around the file (boundaries, part headers, a long file name). */
const MULTIPART_ALLOWANCE = 64 * 1024;

/** The limits as the upload form shows them: the size from settings, the types this module accepts. */
export async function attachmentLimits(actor: Actor): Promise<AttachmentLimits> {
  assertCan(actor, "tickets.read");
  const { attachmentMaxMb, attachmentTypes } = await getSettings();
  return {
    maxMb: attachmentMaxMb,
    maxBytes: attachmentMaxMb * MB,
    allowed: allowedTypesText(attachmentTypes),
    accept: acceptedExtensions.map((ext) => `.${ext}`).join(","),
    maxConcurrent: MAX_UPLOADS_PER_USER,
  };
}

const attachmentColumns = {
  id: ticketAttachments.id,
  ticketId: ticketAttachments.ticketId,
  uploaderId: ticketAttachments.uploaderId,
  uploaderName: users.name,
  originalName: ticketAttachments.originalName,
  contentType: ticketAttachments.contentType,
  size: ticketAttachments.size,
  createdAt: ticketAttachments.createdAt,
};

/** One attachment of a ticket the actor can see, with its storage key (404 otherwise). */
async function loadVisibleAttachment(conn: DbOrTx, actor: Actor, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("Attachment");
  const [row] = await conn
    .select({ ...attachmentColumns, storageKey: ticketAttachments.storageKey, ticket: tickets })
    .from(ticketAttachments)
    .innerJoin(tickets, eq(tickets.id, ticketAttachments.ticketId))
    .innerJoin(users, eq(users.id, ticketAttachments.uploaderId))
    .where(and(eq(ticketAttachments.id, id), visibleTickets(actor)));
  if (!row) throw notFound("Attachment");
  return row;
}

/**
 * Attaches a file to a ticket the actor can see. Everything that needs no body comes first: the
 * ticket (404), the announced size (413), the user's uploads in progress (429). Then the bytes
 * stream to storage under a fresh random key, counted (413 the moment they pass the limit) and
 * typed by their first bytes (415 there); the row and its history entry commit after. Whatever
 * fails, the stored file is removed again.
 */
export async function addAttachment(actor: Actor, ticketId: string, upload: FileUpload): Promise<TicketAttachmentView> {
  assertCan(actor, "tickets.read");
  const db = await getDb();
  await loadTicket(db, actor, ticketId);
  const { attachmentMaxMb, attachmentTypes } = await getSettings(db);
  if (upload.declaredBytes !== undefined && upload.declaredBytes > attachmentMaxMb * MB + MULTIPART_ALLOWANCE) throw tooLarge(attachmentMaxMb);
  const release = takeUploadSlot(actor.id);
  const storage = attachmentStorage();
  let storageKey: string | null = null;
  try {
    const file = await upload.file(attachmentMaxMb * MB);
    const metered = meterUpload(file.chunks, attachmentMaxMb, (head) => {
      if (head.byteLength > 0 && !detectType(head)) throw unsupportedType();
    });
    storageKey = newStorageKey();
    await storage.write(storageKey, metered.chunks);
    if (metered.size() === 0) throw new AppError("invalid", "The file is empty", { file: ["The file is empty"] });
    const type = detectType(metered.sniffed());
    if (!type) throw unsupportedType();
    assertTypeAllowed(type, attachmentTypes);
    const name = attachmentName(file.name, type);
    const size = metered.size();
    const key = storageKey;
    const id = await db.transaction(async (tx) => {
      // Again, inside the transaction: the ticket may have gone to the trash during the upload.
      const ticket = await loadTicket(tx, actor, ticketId);
      const [row] = await tx
        .insert(ticketAttachments)
        .values({ ticketId: ticket.id, uploaderId: actor.id, originalName: name, storageKey: key, contentType: type.contentType, size })
        .returning({ id: ticketAttachments.id });
      await recordTicketEvent(tx, {
        action: "ticket.attachment_added",
        actor,
        ticket,
        before: ticket,
        changes: {},
        message: name,
        data: { attachmentId: row.id, name },
      });
      return row.id;
    });
    const { storageKey: _key, ticket: _ticket, ...view } = await loadVisibleAttachment(db, actor, id);
    return view;
  } catch (error) {
    if (storageKey) await storage.delete(storageKey).catch(() => undefined);
    throw error;
  } finally {
    release();
    upload.dispose?.();
  }
}

/** The attachments of a ticket the actor can see, oldest first. */
export async function listAttachments(actor: Actor, ticketId: string, tx?: DbOrTx): Promise<TicketAttachmentView[]> {
  assertCan(actor, "tickets.read");
  const conn = tx ?? (await getDb());
  await loadTicket(conn, actor, ticketId);
  return conn
    .select(attachmentColumns)
    .from(ticketAttachments)
    .innerJoin(users, eq(users.id, ticketAttachments.uploaderId))
    .where(eq(ticketAttachments.ticketId, ticketId))
    .orderBy(asc(ticketAttachments.createdAt), asc(ticketAttachments.id));
}

/** An attachment and its stored file as a stream, for a user who can see its ticket (404 for anyone else). */
export async function getAttachmentForDownload(actor: Actor, id: string): Promise<{ attachment: TicketAttachmentView; stream: ReadableStream<Uint8Array>; size: number }> {
  assertCan(actor, "tickets.read");
  const { storageKey, ticket: _ticket, ...attachment } = await loadVisibleAttachment(await getDb(), actor, id);
  try {
    return { attachment, ...(await attachmentStorage().open(storageKey)) };
  } catch {
    throw new AppError("not_found", "The file of this attachment is missing");
  }
}

/** Deletes an attachment: its uploader or an admin/manager (403 for others who can see it, 404 for the rest). */
export async function deleteAttachment(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "tickets.read");
  const db = await getDb();
  const storageKey = await db.transaction(async (tx) => {
    const row = await loadVisibleAttachment(tx, actor, id);
    assertRule(mayDeleteAttachment(actor, row), "Only the person who uploaded it or an admin or manager can delete this attachment.");
    await tx.delete(ticketAttachments).where(eq(ticketAttachments.id, row.id));
    await recordTicketEvent(tx, {
      action: "ticket.attachment_deleted",
      actor,
      ticket: row.ticket,
      before: row.ticket,
      changes: {},
      message: row.originalName,
      data: { attachmentId: row.id, name: row.originalName },
    });
    return row.storageKey;
  });
  await deleteStoredFiles([storageKey]);
}

/**
 * Deletes a ticket's attachment rows inside the caller's transaction (the ticket is about to go) and
 * returns their storage keys, for `deleteStoredFiles` once that transaction has committed.
 */
export async function deleteAttachmentRows(tx: DbOrTx, ticketId: string): Promise<string[]> {
  const rows = await tx.delete(ticketAttachments).where(eq(ticketAttachments.ticketId, ticketId)).returning({ storageKey: ticketAttachments.storageKey });
  return rows.map((r) => r.storageKey);
}

/**
 * Removes stored files whose rows are gone; call it only after the delete has committed. A file that
 * cannot be removed stays behind as an orphan and is logged: the delete itself stands, and a row
 * never points at a missing file.
 */
export async function deleteStoredFiles(storageKeys: string[]): Promise<void> {
  const storage = attachmentStorage();
  const results = await Promise.allSettled(storageKeys.map((key) => storage.delete(key)));
  results.forEach((result, i) => {
    if (result.status === "rejected") logger.error({ err: result.reason, storageKey: storageKeys[i] }, "could not delete an attachment's stored file");
  });
}
