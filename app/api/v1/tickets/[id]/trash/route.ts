import { versionedAction } from "@/lib/api/routes";
import { trashTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction((actor, id, _input, options) => trashTicket(actor, id, options));
