import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { revokeApiToken } from "@/lib/auth/tokens";

export const { GET, POST, PUT, PATCH, DELETE } = methods<{ id: string }>({
  DELETE: apiRoute<{ id: string }>((actor, { params }) => revokeApiToken(actor, params.id)),
});
