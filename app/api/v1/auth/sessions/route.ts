import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { currentSessionId } from "@/lib/auth/current";
import { listSessions, revokeAllSessions } from "@/lib/auth/sessions";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute(async (actor) => wholeList(await listSessions(actor, await currentSessionId()))),
  // Sign out everywhere: every browser session and API login of the caller.
  DELETE: apiRoute((actor) => revokeAllSessions(actor)),
});
