import { versionedAction } from "@/lib/api/routes";
import { confirmTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction((actor, id, _input, options) => confirmTicket(actor, id, options));
