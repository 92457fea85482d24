import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { globalSearch } from "@/lib/search";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute((actor, { query }) => globalSearch(actor, query)),
});
