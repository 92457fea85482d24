import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { contentDisposition, deleteAttachment, getAttachmentForDownload } from "@/lib/tickets";

type Id = { id: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params }) => {
    const { attachment, bytes } = await getAttachmentForDownload(actor, params.id);
    return new Response(bytes, {
      status: 200,
      headers: {
        "Content-Type": attachment.contentType,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": contentDisposition(attachment.originalName, attachment.contentType),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  }),
  DELETE: apiRoute<Id>((actor, { params }) => deleteAttachment(actor, params.id)),
});
