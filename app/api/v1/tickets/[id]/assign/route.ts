import { versionedAction } from "@/lib/api/routes";
import { assignTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction(assignTicket);
