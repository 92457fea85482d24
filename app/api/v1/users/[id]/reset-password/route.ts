import { itemAction } from "@/lib/api/routes";
import { resetPassword } from "@/lib/users/commands";

export const { GET, POST, PUT, PATCH, DELETE } = itemAction(resetPassword);
