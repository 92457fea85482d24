import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { readSettings, updateSettings } from "@/lib/settings";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute((actor) => readSettings(actor)),
  PATCH: apiRoute(async (actor, { json }) => updateSettings(actor, await json())),
});
