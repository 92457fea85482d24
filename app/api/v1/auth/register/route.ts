import { publicApiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { registerUser } from "@/lib/users/self-service";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicApiRoute(async ({ json }) => registerUser(await json()), { status: 201 }),
});
