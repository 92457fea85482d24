import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { createUser } from "@/lib/users/commands";
import { listUsers } from "@/lib/users/queries";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute((actor, { query }) => listUsers(actor, query)),
  POST: apiRoute(async (actor, { json }) => createUser(actor, await json()), { status: 201 }),
});
