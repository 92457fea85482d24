import { parseInput } from "@/lib/errors";
import { getUser } from "@/lib/users/queries";
import type { UserView } from "@/lib/users/schemas";
import { authenticate } from "./login";
import type { SessionMeta } from "./sessions";
import { issueTokens, refreshSchema, revokeLogin, type TokenPair } from "./tokens";

/** API sign-in: every rule of authenticate(), then a token pair and the user as the app shows it. */
export async function loginForTokens(input: unknown, meta: SessionMeta): Promise<TokenPair & { user: UserView }> {
  const user = await authenticate(input, meta.ip);
  const tokens = await issueTokens(user, meta);
  return { ...tokens, user: await getUser(user, user.id) };
}

/** API sign-out: ends the login of the bearer access token, or else of `{ refresh }` in the body. */
export async function logoutTokens(bearer: string | null, input: unknown): Promise<void> {
  await revokeLogin(bearer ?? parseInput(refreshSchema, input).refresh);
}
