import { versionedAction } from "@/lib/api/routes";
import { completeTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction((actor, id, _input, options) => completeTicket(actor, id, options));
