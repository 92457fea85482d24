import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { createProduct, listProducts } from "@/lib/products";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute(async (actor) => wholeList(await listProducts(actor))),
  POST: apiRoute(async (actor, { json }) => createProduct(actor, await json()), { status: 201 }),
});
