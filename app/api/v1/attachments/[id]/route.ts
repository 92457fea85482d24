import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { contentDisposition, deleteAttachment, getAttachmentForDownload } from "@/lib/tickets";

type Id = { id: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params }) => {
    const { attachment, stream, size } = await getAttachmentForDownload(actor, params.id);
    // Inert whatever the bytes are: the detected type only (nosniff and no-store come with every API answer), a download or a plain image,
    // and the API's sandboxed CSP (next.config.ts) should a browser render it as a document anyway.
    return new Response(stream, {
      status: 200,
      headers: {
        "Content-Type": attachment.contentType,
        "Content-Length": String(size),
        "Content-Disposition": contentDisposition(attachment.originalName, attachment.contentType),
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  }),
  DELETE: apiRoute<Id>((actor, { params }) => deleteAttachment(actor, params.id)),
});
