import { publicApiRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";
import { methods } from "@/lib/api/routes";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicApiRoute(async () => openApiDocument()),
});
