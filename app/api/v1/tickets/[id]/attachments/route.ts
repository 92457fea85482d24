import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { multipartUpload } from "@/lib/http/multipart";
import { addAttachment, listAttachments } from "@/lib/tickets";

type Id = { id: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params }) => wholeList(await listAttachments(actor, params.id))),
  // The body streams: addAttachment reads the `file` field only after the checks that need no body.
  // A refusal is answered at once; the connection stays open, because most clients (fetch, browsers)
  // read an answer only after sending their body and would see a broken connection instead of the
  // reason. The server discards what is still to come without keeping it.
  POST: apiRoute<Id>(async (actor, { req, params }) => addAttachment(actor, params.id, multipartUpload(req)), { status: 201 }),
});
