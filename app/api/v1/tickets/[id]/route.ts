import { apiRoute } from "@/lib/api/handler";
import { methods, versionedHandler } from "@/lib/api/routes";
import { deleteTicketForever, getTicket, updateTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = methods<{ id: string }>({
  GET: apiRoute<{ id: string }>((actor, { params }) => getTicket(actor, params.id)),
  PATCH: versionedHandler(updateTicket),
  // Permanent: admin only, and only a ticket already in trash.
  DELETE: versionedHandler((actor, id, _input, options) => deleteTicketForever(actor, id, options)),
});
