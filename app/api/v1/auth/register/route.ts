import { publicApiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { clientIp } from "@/lib/http/client-ip";
import { registerUser, registrationOptions } from "@/lib/users/self-service";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicApiRoute(() => registrationOptions()),
  POST: publicApiRoute(async ({ req, json }) => registerUser(await json(), clientIp(req.headers)), { status: 201 }),
});
