import type { NextRequest } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { multipartUpload } from "@/lib/http/multipart";
import { addAttachment, listAttachments } from "@/lib/tickets";

type Id = { id: string };

// The body streams: addAttachment reads the `file` field only after the checks that need no body.
const upload = apiRoute<Id>(async (actor, { req, params }) => addAttachment(actor, params.id, multipartUpload(req)), { status: 201 });

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params }) => wholeList(await listAttachments(actor, params.id))),
  POST: async (req: NextRequest, args: { params: Promise<Id> }) => {
    const res = await upload(req, args);
    // A refused upload may still be arriving: end the connection after the answer instead of reading the rest.
    if (!res.ok) res.headers.set("Connection", "close");
    return res;
  },
});
