import { publicApiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { refreshTokens } from "@/lib/auth/tokens";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicApiRoute(async ({ json }) => refreshTokens(await json())),
});
