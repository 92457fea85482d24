import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { revokeSession } from "@/lib/auth/sessions";

export const { GET, POST, PUT, PATCH, DELETE } = methods<{ id: string }>({
  DELETE: apiRoute<{ id: string }>((actor, { params }) => revokeSession(actor, params.id)),
});
