import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { multipartUpload } from "@/lib/http/multipart";
import { addAttachment, listAttachments } from "@/lib/tickets";

type Id = { id: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params }) => wholeList(await listAttachments(actor, params.id))),
  // The body streams: addAttachment reads the `file` field only after its checks that need no body.
  POST: apiRoute<Id>(async (actor, { req, params }) => addAttachment(actor, params.id, multipartUpload(req)), { status: 201 }),
});
