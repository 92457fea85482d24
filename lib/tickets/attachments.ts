import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db";
import { ticketAttachments, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, assertRule, mayDeleteAttachment } from "@/lib/auth/policy";
import { AppError, notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getSettings } from "@/lib/settings";
import { attachmentStorage, newStorageKey } from "@/lib/storage";
import { attachmentTypeLabel, type AttachmentLimits, type TicketAttachmentView } from "./attachment-schemas";
import { recordTicketEvent } from "./events";
import { loadTicket } from "./load";
import { visibleTickets } from "./visibility";

// Attachments (SPEC §2): anyone who can see the ticket lists, uploads and downloads them; the uploader
// or an admin/manager deletes. The type is decided by the bytes; the name is only a label.

export type DetectedType = { contentType: string; label: string; family: string };

const OOXML = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", dir: "word/" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", dir: "xl/" },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", dir: "ppt/" },
} as const;

const detected = (contentType: string, family: string): DetectedType => ({ contentType, label: attachmentTypeLabel(contentType), family });

const ascii = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString("latin1");
const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/**
 * What a file is, from its first bytes (magic numbers): PNG, JPEG, GIF, WEBP, PDF, ZIP (and the
 * Office documents that are zips: docx, xlsx, pptx), MP4/MOV (ISO base media `ftyp`), WEBM/Matroska.
 * Null for anything else — SVG, HTML, scripts and executables included.
 */
export function detectType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return detected("image/png", "png");
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return detected("image/jpeg", "jpeg");
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return detected("image/gif", "gif");
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return detected("image/webp", "webp");
  if (ascii(bytes, 0, 5) === "%PDF-") return detected("application/pdf", "pdf");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // Entry names are stored uncompressed (in each local header and the central directory), so a
    // byte search finds them; an Office document has [Content_Types].xml and its own folder.
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.includes("[Content_Types].xml", 0, "latin1")) {
      for (const [ext, kind] of Object.entries(OOXML)) {
        if (buf.includes(kind.dir, 0, "latin1")) return detected(kind.contentType, ext);
      }
    }
    return detected("application/zip", "zip");
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    if (brand === "qt  ") return detected("video/quicktime", "mp4");
    if (/^(heic|heix|mif1|msf1|avif)$/.test(brand)) return null;
    return detected("video/mp4", "mp4");
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    const webm = ascii(bytes, 0, 64).includes("webm");
    return detected(webm ? "video/webm" : "video/x-matroska", "webm");
  }
  return null;
}

/** The families a file name's extension claims; a name with one of these must match its bytes. */
const extensionFamilies: Record<string, string[]> = {
  png: ["png"],
  jpg: ["jpeg"],
  jpeg: ["jpeg"],
  jpe: ["jpeg"],
  jfif: ["jpeg"],
  gif: ["gif"],
  webp: ["webp"],
  pdf: ["pdf"],
  zip: ["zip", "docx", "xlsx", "pptx"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  pptx: ["pptx"],
  mp4: ["mp4"],
  m4v: ["mp4"],
  mov: ["mp4"],
  webm: ["webm"],
  mkv: ["webm"],
};

export const ALLOWED_TYPES_TEXT = "images (PNG, JPEG, GIF, WebP), PDF, Office documents (docx, xlsx, pptx), video (MP4, MOV, WebM) and ZIP";

const MB = 1024 * 1024;
const NAME_MAX = 255;

/** The file name as a label: no folders, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean.slice(0, NAME_MAX);
}

/** Checks size (413) and type (415, including a name whose extension lies about the bytes). */
export function checkUpload(name: string, bytes: Uint8Array, maxMb: number): DetectedType {
  if (bytes.byteLength > maxMb * MB) throw new AppError("too_large", `The file is larger than the limit of ${maxMb} MB.`);
  if (bytes.byteLength === 0) throw new AppError("invalid", "The file is empty", { file: ["The file is empty"] });
  const type = detectType(bytes);
  if (!type) throw new AppError("unsupported_type", `This type of file is not accepted. Allowed: ${ALLOWED_TYPES_TEXT}.`);
  const ext = /\.([^.]{1,10})$/.exec(name)?.[1]?.toLowerCase();
  if (ext && !extensionFamilies[ext]?.includes(type.family)) {
    throw new AppError("unsupported_type", `The name says .${ext} but the file's content is a ${type.label}. Rename it or upload the right file.`);
  }
  return type;
}

/** The limits as the upload form shows them: the size from settings, the types this module accepts. */
export async function attachmentLimits(actor: Actor): Promise<AttachmentLimits> {
  assertCan(actor, "tickets.read");
  const { attachmentMaxMb } = await getSettings();
  return {
    maxMb: attachmentMaxMb,
    maxBytes: attachmentMaxMb * MB,
    allowed: ALLOWED_TYPES_TEXT,
    accept: Object.keys(extensionFamilies).map((ext) => `.${ext}`).join(","),
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

export type UploadInput = { name: string; bytes: Uint8Array };

/**
 * Attaches a file to a ticket the actor can see. The bytes go to storage under a fresh random key
 * before the row and its history entry commit; if the transaction fails the file is removed again.
 */
export async function addAttachment(actor: Actor, ticketId: string, input: UploadInput): Promise<TicketAttachmentView> {
  assertCan(actor, "tickets.read");
  const name = cleanFileName(input.name ?? "");
  if (!name) throw new AppError("invalid", "Some fields are not valid", { file: ["The file needs a name"] });
  const storage = attachmentStorage();
  const db = await getDb();
  let storageKey: string | null = null;
  try {
    const id = await db.transaction(async (tx) => {
      const ticket = await loadTicket(tx, actor, ticketId);
      const { attachmentMaxMb } = await getSettings(tx);
      const type = checkUpload(name, input.bytes, attachmentMaxMb);
      storageKey = newStorageKey();
      await storage.put(storageKey, input.bytes);
      const [row] = await tx
        .insert(ticketAttachments)
        .values({ ticketId: ticket.id, uploaderId: actor.id, originalName: name, storageKey, contentType: type.contentType, size: input.bytes.byteLength })
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

/** An attachment and its bytes, for a user who can see its ticket (404 for anyone else). */
export async function getAttachmentForDownload(actor: Actor, id: string): Promise<{ attachment: TicketAttachmentView; bytes: Uint8Array<ArrayBuffer> }> {
  assertCan(actor, "tickets.read");
  const { storageKey, ticket: _ticket, ...attachment } = await loadVisibleAttachment(await getDb(), actor, id);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await attachmentStorage().get(storageKey);
  } catch {
    throw new AppError("not_found", "The file of this attachment is missing");
  }
  return { attachment, bytes };
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
