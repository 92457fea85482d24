import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { listNotifications } from "@/lib/notifications";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute(async (actor, { query }) => listNotifications(actor, query)),
});
