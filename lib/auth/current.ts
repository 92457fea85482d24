import { cache } from "react";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { auth } from "./next-auth";
import { actorFromSession } from "./session-actor";

/** The signed-in actor of this request (read once per request), or null. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return actorFromSession(session.uid, session.sv);
});

/** For pages and server actions: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
