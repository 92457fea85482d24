import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute(async (actor) => wholeList(await listApiTokens(actor))),
  // The answer holds the secret; it is never shown again.
  POST: apiRoute(async (actor, { json }) => createApiToken(actor, await json()), { status: 201 }),
});
