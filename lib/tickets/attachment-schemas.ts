import { z } from "zod";

/** An attachment as the API and the ticket page show it (the storage key never leaves the server). */
export const ticketAttachmentSchema = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  uploaderId: z.uuid(),
  uploaderName: z.string(),
  originalName: z.string(),
  contentType: z.string().meta({ description: "Detected from the file's bytes, not from its name or the client's claim" }),
  size: z.number().int().meta({ description: "Bytes" }),
  createdAt: z.date(),
});
export type TicketAttachmentView = z.infer<typeof ticketAttachmentSchema>;

/** What people call each type an upload can be detected as. */
const typeLabels: Record<string, string> = {
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "image/gif": "GIF image",
  "image/webp": "WebP image",
  "application/pdf": "PDF document",
  "application/zip": "ZIP archive",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel workbook",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint presentation",
  "video/mp4": "MP4 video",
  "video/quicktime": "QuickTime video",
  "video/webm": "WebM video",
  "video/x-matroska": "Matroska video",
};

/** A content type as a person reads it ("PDF document"); an unknown one as it is. */
export const attachmentTypeLabel = (contentType: string) => typeLabels[contentType] ?? contentType;

/**
 * What the upload form says before a file is chosen; `accept` is the file picker's list of
 * extensions, `maxConcurrent` how many files it sends at once (the server refuses more).
 */
export type AttachmentLimits = { maxMb: number; maxBytes: number; allowed: string; accept: string; maxConcurrent: number };

/** Content types a browser may show inline; everything else downloads (SVG and HTML are never accepted at all). */
export const inlineContentTypes: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/** `attachment` (or `inline` for plain raster images) with an RFC 5987 UTF-8 file name and an ASCII fallback. */
export function contentDisposition(name: string, contentType: string): string {
  const kind = inlineContentTypes.has(contentType) ? "inline" : "attachment";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
