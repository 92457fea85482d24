import { publicApiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { registerUser, registrationOptions } from "@/lib/users/self-service";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicApiRoute(() => registrationOptions()),
  POST: publicApiRoute(async ({ json }) => registerUser(await json()), { status: 201 }),
});
