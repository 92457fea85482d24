import { itemAction } from "@/lib/api/routes";
import { unlockUser } from "@/lib/users/commands";

export const { GET, POST, PUT, PATCH, DELETE } = itemAction(unlockUser);
