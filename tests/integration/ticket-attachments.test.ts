import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { ticketAttachments, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { env, resetEnvCache } from "@/lib/env";
import { fileUploadOf, type FileUpload } from "@/lib/http/file-upload";
import { logger } from "@/lib/logger";
import { updateSettings } from "@/lib/settings";
import {
  addAttachment,
  addCollaborator,
  attachmentLimits,
  deleteAttachment,
  deleteTicketForever,
  detectType,
  getAttachmentForDownload,
  listAttachments,
  trashTicket,
} from "@/lib/tickets";
import { rejects } from "./helpers";
import { entriesOf, makeOrg, newTicket, type Org } from "./tickets-fixtures";

// With PostgreSQL the test set-up gives no DATA_DIR: keep this file's uploads in a temp folder.
if (!process.env.DATA_DIR) {
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "crewdesk-attachments-"));
  resetEnvCache();
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));

const pad = "\x00".repeat(32);
const samples = {
  "photo.png": [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pad), "image/png"],
  "photo.JPG": [bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF", pad), "image/jpeg"],
  "anim.gif": [bytes("GIF89a", pad), "image/gif"],
  "pic.webp": [bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ", pad), "image/webp"],
  "brief.pdf": [bytes("%PDF-1.7\n", pad), "application/pdf"],
  "assets.zip": [bytes("PK\x03\x04", pad, "logo.png", pad), "application/zip"],
  "brief.docx": [bytes("PK\x03\x04", pad, "[Content_Types].xml", pad, "PK\x03\x04", "word/document.xml", pad), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  "budget.xlsx": [bytes("PK\x03\x04", pad, "[Content_Types].xml", pad, "xl/workbook.xml", pad), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  "deck.pptx": [bytes("PK\x03\x04", pad, "[Content_Types].xml", pad, "ppt/presentation.xml", pad), "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
  "clip.mp4": [bytes([0, 0, 0, 0x18], "ftypisom", pad), "video/mp4"],
  "clip.mov": [bytes([0, 0, 0, 0x14], "ftypqt  ", pad), "video/quicktime"],
  "clip.webm": [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], "webm", pad), "video/webm"],
} as const;
const png = samples["photo.png"][0];

const attachmentsDir = () => path.resolve(env().DATA_DIR, "attachments");
const storedFiles = () => (fs.existsSync(attachmentsDir()) ? fs.readdirSync(attachmentsDir(), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0);

/** Where an attachment's bytes are on disk (the storage key never leaves the server, so ask the database). */
async function storedPaths(attachmentIds: string[]) {
  const db = await getDb();
  const rows = await db.select({ key: ticketAttachments.storageKey }).from(ticketAttachments).where(inArray(ticketAttachments.id, attachmentIds));
  return rows.map((r) => path.join(attachmentsDir(), r.key.slice(0, 2), r.key));
}

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

describe("types, from the bytes", () => {
  it("accepts images, PDF, Office documents, video and zip, stores them under a generated name and gives the same bytes back", async () => {
    const t = await newTicket(org.requester);
    for (const [name, [content, type]] of Object.entries(samples)) {
      const a = await addAttachment(org.requester, t.id, fileUploadOf(name, content));
      expect(a, name).toMatchObject({ ticketId: t.id, uploaderId: org.requester.id, uploaderName: org.requester.name, originalName: name, contentType: type, size: content.byteLength });
      const { attachment, stream, size } = await getAttachmentForDownload(org.requester, a.id);
      expect(attachment.contentType).toBe(type);
      expect(size).toBe(content.byteLength);
      expect(Buffer.from(await new Response(stream).arrayBuffer()).equals(Buffer.from(content))).toBe(true);
    }
    const list = await listAttachments(org.requester, t.id);
    expect(list.map((a) => a.originalName)).toEqual(Object.keys(samples));
    expect(list[0]).not.toHaveProperty("storageKey");
    // Stored names are random, never the uploaded name.
    const files = fs.readdirSync(attachmentsDir(), { recursive: true }).map(String);
    expect(files.some((f) => f.includes("photo") || f.includes(".png"))).toBe(false);
    // One history entry per upload, on the ticket.
    expect((await entriesOf(t.id)).filter((e) => e.action === "ticket.attachment_added")).toHaveLength(Object.keys(samples).length);
  });

  it("refuses HTML, SVG, scripts and unknown bytes (415), and a name that lies about the bytes (415)", async () => {
    const t = await newTicket(org.requester);
    for (const [name, content] of [
      ["page.html", bytes("<!doctype html><script>alert(1)</script>")],
      ["logo.svg", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ["notes.txt", bytes("just text")],
      ["setup.exe", bytes("MZ\x90\x00", pad)],
      ["photo.heic", bytes([0, 0, 0, 0x18], "ftypheic", pad)],
    ] as const) {
      const error = await rejects(addAttachment(org.requester, t.id, fileUploadOf(name, content)), "unsupported_type");
      expect(error.message).toContain("Allowed:");
    }
    const lying = await rejects(addAttachment(org.requester, t.id, fileUploadOf("invoice.pdf", png)), "unsupported_type");
    expect(lying.message).toBe("The name says .pdf but the file's content is a PNG image. Rename it or upload the right file.");
    await rejects(addAttachment(org.requester, t.id, fileUploadOf("evil.html", png)), "unsupported_type");
    await rejects(addAttachment(org.requester, t.id, fileUploadOf("brief.docx", samples["assets.zip"][0])), "unsupported_type");
    // No extension is fine (the name gets the type's); a docx may be named .zip (it is one). Folders in the name are dropped.
    expect(await addAttachment(org.requester, t.id, fileUploadOf("scan", png))).toMatchObject({ contentType: "image/png", originalName: "scan.png" });
    expect((await addAttachment(org.requester, t.id, fileUploadOf("brief.zip", samples["brief.docx"][0]))).contentType).toContain("wordprocessingml");
    expect((await addAttachment(org.requester, t.id, fileUploadOf("../../etc/passwd.png", png))).originalName).toBe("passwd.png");
    await rejects(addAttachment(org.requester, t.id, fileUploadOf("empty.png", new Uint8Array())), "invalid");
    expect((await listAttachments(org.requester, t.id)).map((a) => a.originalName)).toEqual(["scan.png", "brief.zip", "passwd.png"]);
  });

  it("detectType reads magic numbers only", () => {
    expect(detectType(png)?.contentType).toBe("image/png");
    expect(detectType(bytes("%PDX-"))).toBeNull();
    expect(detectType(new Uint8Array())).toBeNull();
  });
});

describe("size limit", () => {
  it("a file over the attachmentMaxMb setting is 413; at the limit it is accepted", async () => {
    const t = await newTicket(org.requester);
    await updateSettings(org.admin, { attachmentMaxMb: 1 });
    try {
      // The upload form's hint follows the setting.
      expect(await attachmentLimits(org.requester)).toMatchObject({ maxMb: 1, maxBytes: 1024 * 1024, allowed: expect.stringContaining("PDF") });
      const atLimit = new Uint8Array(1024 * 1024);
      atLimit.set(png);
      expect((await addAttachment(org.requester, t.id, fileUploadOf("big.png", atLimit))).size).toBe(1024 * 1024);
      const over = new Uint8Array(1024 * 1024 + 1);
      over.set(png);
      const error = await rejects(addAttachment(org.requester, t.id, fileUploadOf("bigger.png", over)), "too_large");
      expect(error.message).toContain("1 MB");
    } finally {
      await updateSettings(org.admin, { attachmentMaxMb: 25 });
    }
  });
});

/** An upload that streams `total` bytes (a PNG header, then zeros) in 64 KB chunks, counting what was read. */
function streamed(name: string, total: number, declaredBytes?: number) {
  const read = { bytes: 0, opened: false };
  const upload: FileUpload = {
    declaredBytes,
    file: async () => {
      read.opened = true;
      async function* chunks() {
        for (let sent = 0; sent < total; ) {
          const chunk = new Uint8Array(Math.min(64 * 1024, total - sent));
          if (sent === 0) chunk.set(png.subarray(0, chunk.length));
          sent += chunk.length;
          read.bytes = sent;
          yield chunk;
        }
      }
      return { name, chunks: chunks() };
    },
  };
  return { upload, read };
}

describe("streaming", () => {
  it("stops reading at the limit (413) and keeps nothing; an announced size over the limit is refused before any byte is read", async () => {
    const t = await newTicket(org.requester);
    const before = storedFiles();
    const chunked = streamed("huge.png", 200 * 1024 * 1024);
    const error = await rejects(addAttachment(org.requester, t.id, chunked.upload), "too_large");
    expect(error.message).toBe("The file is larger than the limit of 25 MB.");
    // One chunk past 25 MB, not 200 MB.
    expect(chunked.read.bytes).toBeLessThanOrEqual(25 * 1024 * 1024 + 64 * 1024);
    expect(storedFiles()).toBe(before);

    const announced = streamed("huge.png", 200 * 1024 * 1024, 200 * 1024 * 1024);
    await rejects(addAttachment(org.requester, t.id, announced.upload), "too_large");
    expect(announced.read.opened).toBe(false);
    expect(await listAttachments(org.requester, t.id)).toEqual([]);
  });

  it("a ticket the actor cannot see, or that does not exist, is 404 before any byte is read", async () => {
    const t = await newTicket(org.requester);
    for (const [actor, id] of [[org.colleague, t.id], [org.requester, randomUUID()], [org.requester, "not-a-uuid"]] as const) {
      const upload = streamed("x.png", 1024);
      await rejects(addAttachment(actor, id, upload.upload), "not_found");
      expect(upload.read.opened).toBe(false);
    }
  });

  it("a refused type stops after its first bytes (415)", async () => {
    const t = await newTicket(org.requester);
    let read = 0;
    const html: FileUpload = {
      file: async () => ({
        name: "page.png",
        chunks: (async function* () {
          for (let i = 0; i < 1000; i++) {
            read += 16 * 1024;
            yield new Uint8Array(Buffer.from("<html><script>alert(1)</script>".padEnd(16 * 1024, " ")));
          }
        })(),
      }),
    };
    await rejects(addAttachment(org.requester, t.id, html), "unsupported_type");
    expect(read).toBeLessThanOrEqual(128 * 1024);
  });

  it("at most three uploads of one user at a time (429); the slot frees when an upload ends", async () => {
    const t = await newTicket(org.requester);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow = (): FileUpload => ({
      file: async () => {
        await gate;
        return { name: "slow.png", chunks: [png] as unknown as AsyncIterable<Uint8Array> };
      },
    });
    const running = [0, 1, 2].map(() => addAttachment(org.requester, t.id, slow()));
    // Let the three reach their slots.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const error = await rejects(addAttachment(org.requester, t.id, fileUploadOf("fourth.png", png)), "rate_limited");
    expect(error.message).toContain("3 uploads in progress");
    // Another user is not held up.
    await addCollaborator(org.requester, t.id, { userId: org.colleague.id });
    expect((await addAttachment(org.colleague, t.id, fileUploadOf("theirs.png", png))).originalName).toBe("theirs.png");
    open();
    await Promise.all(running);
    expect((await addAttachment(org.requester, t.id, fileUploadOf("fourth.png", png))).originalName).toBe("fourth.png");
  });
});

describe("who sees and deletes", () => {
  it("a ticket the actor cannot see is 404 for upload, list and download; collaborators and managers see them", async () => {
    const t = await newTicket(org.requester);
    const a = await addAttachment(org.requester, t.id, fileUploadOf("photo.png", png));
    await rejects(addAttachment(org.colleague, t.id, fileUploadOf("x.png", png)), "not_found");
    await rejects(listAttachments(org.colleague, t.id), "not_found");
    await rejects(getAttachmentForDownload(org.colleague, a.id), "not_found");
    await rejects(deleteAttachment(org.colleague, a.id), "not_found");
    await rejects(getAttachmentForDownload(org.requester, "not-a-uuid"), "not_found");
    await rejects(getAttachmentForDownload(org.requester, randomUUID()), "not_found");
    await rejects(listAttachments(org.requester, "not-a-uuid"), "not_found");

    expect((await getAttachmentForDownload(org.salesManager, a.id)).attachment.id).toBe(a.id);
    await addCollaborator(org.requester, t.id, { userId: org.colleague.id });
    expect((await listAttachments(org.colleague, t.id)).map((x) => x.id)).toEqual([a.id]);
  });

  it("the uploader or an admin/manager deletes (403 for other viewers); the file goes too and it is logged", async () => {
    const t = await newTicket(org.requester);
    await addCollaborator(org.requester, t.id, { userId: org.colleague.id });
    const mine = await addAttachment(org.colleague, t.id, fileUploadOf("mine.png", png));
    const forManager = await addAttachment(org.colleague, t.id, fileUploadOf("other.png", png));
    const forAdmin = await addAttachment(org.requester, t.id, fileUploadOf("third.png", png));
    // The requester sees the ticket but did not upload this one.
    const denied = await rejects(deleteAttachment(org.requester, mine.id), "forbidden");
    expect(denied.message).toContain("uploaded it");

    const before = storedFiles();
    await deleteAttachment(org.colleague, mine.id);
    await deleteAttachment(org.marketingManager, forManager.id);
    await deleteAttachment(org.admin, forAdmin.id);
    expect(storedFiles()).toBe(before - 3);
    expect(await listAttachments(org.requester, t.id)).toEqual([]);
    await rejects(getAttachmentForDownload(org.requester, mine.id), "not_found");
    await rejects(deleteAttachment(org.colleague, mine.id), "not_found");
    const deleted = (await entriesOf(t.id)).filter((e) => e.action === "ticket.attachment_deleted");
    expect(deleted.map((e) => [e.actorId, e.message])).toEqual([
      [org.colleague.id, "mine.png"],
      [org.marketingManager.id, "other.png"],
      [org.admin.id, "third.png"],
    ]);
  });

  it("a failed transaction removes the file it wrote", async () => {
    const t = await newTicket(org.requester);
    const before = storedFiles();
    // An admin who is not in the users table: sees the ticket, but the row's foreign key fails.
    const ghost: Actor = { ...org.admin, id: randomUUID() };
    await expect(addAttachment(ghost, t.id, fileUploadOf("ghost.png", png))).rejects.toThrow();
    expect(storedFiles()).toBe(before);
    expect(await listAttachments(org.requester, t.id)).toEqual([]);
  });
});

describe("deleting a ticket for good", () => {
  it("removes its files from disk; a ticket that is only in the trash keeps them", async () => {
    const gone = await newTicket(org.requester);
    const kept = await newTicket(org.requester);
    const goneFiles = await storedPaths([
      (await addAttachment(org.requester, gone.id, fileUploadOf("photo.png", png))).id,
      (await addAttachment(org.requester, gone.id, fileUploadOf("brief.pdf", samples["brief.pdf"][0]))).id,
    ]);
    const keptFiles = await storedPaths([(await addAttachment(org.requester, kept.id, fileUploadOf("photo.png", png))).id]);
    expect([...goneFiles, ...keptFiles].every((f) => fs.existsSync(f))).toBe(true);

    await trashTicket(org.requester, gone.id);
    await trashTicket(org.requester, kept.id);
    // In the trash the files stay: the ticket can still be restored.
    expect([...goneFiles, ...keptFiles].every((f) => fs.existsSync(f))).toBe(true);

    await deleteTicketForever(org.admin, gone.id);
    expect(goneFiles.filter((f) => fs.existsSync(f))).toEqual([]);
    expect(keptFiles.every((f) => fs.existsSync(f))).toBe(true);
  });

  it("a file that cannot be removed does not undo the delete; it is logged", async () => {
    const t = await newTicket(org.requester);
    const [file] = await storedPaths([(await addAttachment(org.requester, t.id, fileUploadOf("photo.png", png))).id]);
    // A folder where the file was: removing it without `recursive` fails.
    fs.rmSync(file);
    fs.mkdirSync(path.join(file, "stuck"), { recursive: true });
    await trashTicket(org.requester, t.id);

    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      await deleteTicketForever(org.admin, t.id);
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ storageKey: path.basename(file) }), expect.stringContaining("could not delete"));
    } finally {
      logged.mockRestore();
    }
    const db = await getDb();
    expect(await db.select().from(tickets).where(eq(tickets.id, t.id))).toEqual([]);
    expect(await db.select().from(ticketAttachments).where(eq(ticketAttachments.ticketId, t.id))).toEqual([]);
    fs.rmSync(file, { recursive: true });
  });
});
