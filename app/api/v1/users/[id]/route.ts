import { itemRoutes } from "@/lib/api/routes";
import { deleteUser, updateUser } from "@/lib/users/commands";
import { getUser } from "@/lib/users/queries";

export const { GET, POST, PUT, PATCH, DELETE } = itemRoutes({ get: getUser, update: updateUser, remove: deleteUser });
