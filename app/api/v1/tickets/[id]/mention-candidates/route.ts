import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { listMentionCandidates } from "@/lib/tickets";

type Id = { id: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params, query }) => wholeList(await listMentionCandidates(actor, params.id, query))),
});
