import { bearerToken, publicApiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { logoutTokens } from "@/lib/auth/api-session";

// Public: the token being revoked is the credential, so an expired access token can still send its refresh.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicApiRoute(async ({ req, json }) => logoutTokens(bearerToken(req), await json())),
});
