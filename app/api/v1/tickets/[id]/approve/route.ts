import { versionedAction } from "@/lib/api/routes";
import { approveTicket } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction(approveTicket);
