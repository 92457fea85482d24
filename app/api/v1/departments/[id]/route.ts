import { itemRoutes } from "@/lib/api/routes";
import { deleteDepartment, getDepartment, updateDepartment } from "@/lib/departments";

export const { GET, POST, PUT, PATCH, DELETE } = itemRoutes({ get: getDepartment, update: updateDepartment, remove: deleteDepartment });
