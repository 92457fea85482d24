import { apiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { revokeUserApiToken } from "@/lib/users/api-tokens";

type Params = { id: string; tokenId: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods<Params>({
  DELETE: apiRoute<Params>((actor, { params }) => revokeUserApiToken(actor, params.id, params.tokenId)),
});
