import { versionedAction } from "@/lib/api/routes";
import { rejectTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction(rejectTicket);
