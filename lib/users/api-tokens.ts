import { getDb } from "@/db";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { apiTokensOf, revokeApiTokenOf, type ApiTokenView } from "@/lib/auth/tokens";
import { getUser } from "./queries";

/** An admin's view of another user's personal API tokens (never their secrets). */
export async function listUserApiTokens(actor: Actor, userId: string): Promise<ApiTokenView[]> {
  assertCan(actor, "users.manageTokens");
  await getUser(actor, userId);
  return apiTokensOf(userId);
}

/** An admin revokes one of a user's personal API tokens; the user's history says so. */
export async function revokeUserApiToken(actor: Actor, userId: string, tokenId: string): Promise<void> {
  assertCan(actor, "users.manageTokens");
  await getUser(actor, userId);
  await revokeApiTokenOf(userId, tokenId);
  await logActivity(await getDb(), { entityType: "user", entityId: userId, actorId: actor.id, action: "user.api_token_revoked", message: tokenId });
}
