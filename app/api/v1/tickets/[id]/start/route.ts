import { versionedAction } from "@/lib/api/routes";
import { startTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction((actor, id, _input, options) => startTicket(actor, id, options));
