import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { changePassword } from "@/lib/users/self-service";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute(async (actor, { json }) => changePassword(actor, await json())),
});
