import { publicApiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { loginForTokens } from "@/lib/auth/api-session";
import { clientIp } from "@/lib/http/client-ip";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicApiRoute(async ({ req, json }) => loginForTokens(await json(), { ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") })),
});
