import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { ticketDashboard } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute(async (actor) => ticketDashboard(actor)),
});
