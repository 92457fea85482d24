import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { listTrash } from "@/lib/tickets";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute((actor, { query }) => listTrash(actor, query)),
});
