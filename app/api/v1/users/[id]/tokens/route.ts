import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { listUserApiTokens } from "@/lib/users/api-tokens";

export const { GET, POST, PUT, PATCH, DELETE } = methods<{ id: string }>({
  GET: apiRoute<{ id: string }>(async (actor, { params }) => wholeList(await listUserApiTokens(actor, params.id))),
});
