import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { listHistory } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = methods<{ id: string }>({
  GET: apiRoute<{ id: string }>(async (actor, { params }) => wholeList(await listHistory(actor, params.id))),
});
