import { versionedAction } from "@/lib/api/routes";
import { restoreTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction((actor, id, _input, options) => restoreTicket(actor, id, options));
