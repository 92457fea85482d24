import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { markAllRead } from "@/lib/notifications";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute(async (actor) => markAllRead(actor)),
});
