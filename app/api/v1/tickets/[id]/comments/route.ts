import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { addComment, listComments } from "@/lib/tickets";

type Id = { id: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params }) => wholeList(await listComments(actor, params.id))),
  POST: apiRoute<Id>(async (actor, { params, json }) => addComment(actor, params.id, await json()), { status: 201 }),
});
