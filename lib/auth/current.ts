import { cache } from "react";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { auth } from "./next-auth";
import { actorFromSessionId } from "./sessions";

/** The id of this request's browser session (from the session cookie), or null. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const session = (await auth()) as { sid?: string } | null;
  return session?.sid ?? null;
});

/** The signed-in actor of this request (read once per request), or null. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const sid = await currentSessionId();
  return sid ? actorFromSessionId(sid) : null;
});

/** For pages and server actions: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
