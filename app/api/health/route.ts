import { publicApiRoute } from "@/lib/api/handler";
import { methods } from "@/lib/api/routes";
import { checkHealth } from "@/lib/health";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicApiRoute(async () => {
    const health = await checkHealth();
    return Response.json(health, { status: health.database === "up" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  }),
});
