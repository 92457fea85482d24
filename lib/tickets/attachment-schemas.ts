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

/** Content types a browser may show inline; everything else downloads (SVG and HTML are never accepted at all). */
export const inlineContentTypes: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/** `attachment` (or `inline` for plain raster images) with an RFC 5987 UTF-8 file name and an ASCII fallback. */
export function contentDisposition(name: string, contentType: string): string {
  const kind = inlineContentTypes.has(contentType) ? "inline" : "attachment";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
