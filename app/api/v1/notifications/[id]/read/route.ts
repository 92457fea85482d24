import { itemAction } from "@/lib/api/routes";
import { markRead } from "@/lib/notifications";

export const { GET, POST, PUT, PATCH, DELETE } = itemAction((actor, id) => markRead(actor, id));
