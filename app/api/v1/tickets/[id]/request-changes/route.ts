import { versionedAction } from "@/lib/api/routes";
import { requestChanges } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = versionedAction(requestChanges);
