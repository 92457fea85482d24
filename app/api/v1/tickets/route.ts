import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { createTicket, listTickets } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute((actor, { query }) => listTickets(actor, query)),
  POST: apiRoute(async (actor, { json }) => createTicket(actor, await json()), { status: 201 }),
});
