import { itemRoutes } from "@/lib/api/routes";
import { deleteProduct, getProduct, updateProduct } from "@/lib/products";

export const { GET, POST, PUT, PATCH, DELETE } = itemRoutes({ get: getProduct, update: updateProduct, remove: deleteProduct });
