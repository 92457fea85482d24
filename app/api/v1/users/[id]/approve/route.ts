import { itemAction } from "@/lib/api/routes";
import { approveUser } from "@/lib/users/commands";

export const { GET, POST, PUT, PATCH, DELETE } = itemAction(approveUser);
