import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { getUser } from "@/lib/users/queries";
import { updateProfile } from "@/lib/users/self-service";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute((actor) => getUser(actor, actor.id)),
  PATCH: apiRoute(async (actor, { json }) => updateProfile(actor, await json())),
});
