import { versionedAction } from "@/lib/api/routes";
import { rollbackTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction(rollbackTicket);
