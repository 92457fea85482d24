import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { actorFromSession } from "@/lib/auth/session-actor";
import { actorFromBearer, createApiToken, issueTokens, listApiTokens, refreshTokens, revokeApiToken, revokeLogin } from "@/lib/auth/tokens";
import { updateUser } from "@/lib/users/commands";
import { changePassword } from "@/lib/users/self-service";
import { actorOf, makeUser, PASSWORD, rejects, uniqueIp } from "./helpers";

/** A signed-in user with a browser session, an access/refresh pair and a personal API token. */
async function signedIn(role: "member" | "manager" = "member") {
  const user = await makeUser(role);
  const auth = await authenticate({ username: user.username, password: PASSWORD }, uniqueIp());
  const pair = await issueTokens(auth);
  const { token: apiToken } = await createApiToken(actorOf(user), { name: "ci" });
  const session = () => actorFromSession(user.id, auth.sessionVersion);
  return { user, pair, apiToken, session, bearer: (t: string) => actorFromBearer(t) };
}

describe("sessions end on the next request", () => {
  it("a fresh session, access token and API token all resolve to the user", async () => {
    const s = await signedIn();
    expect(await s.session()).toMatchObject({ id: s.user.id, role: "member" });
    expect(await s.bearer(s.pair.access)).toMatchObject({ id: s.user.id });
    expect(await s.bearer(s.apiToken)).toMatchObject({ id: s.user.id });
  });

  it("a password change ends sessions and access tokens; personal API tokens survive", async () => {
    const s = await signedIn();
    await changePassword(actorOf(s.user), { currentPassword: PASSWORD, newPassword: "Changed-pass-42", newPasswordConfirm: "Changed-pass-42" });
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.pair.access)).toBeNull();
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
    expect(await s.bearer(s.apiToken)).toMatchObject({ id: s.user.id });
  });

  it("a role change ends sessions and access tokens", async () => {
    const admin = actorOf(await makeUser("admin"));
    const s = await signedIn("manager");
    await updateUser(admin, s.user.id, { role: "member" });
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.pair.access)).toBeNull();
    // The API token reads the user fresh: it now acts as a member.
    expect(await s.bearer(s.apiToken)).toMatchObject({ role: "member" });
  });

  it("a deactivation ends everything, API tokens included", async () => {
    const admin = actorOf(await makeUser("admin"));
    const s = await signedIn();
    await updateUser(admin, s.user.id, { isActive: false });
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.pair.access)).toBeNull();
    expect(await s.bearer(s.apiToken)).toBeNull();
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
  });

  it("an edit of the name keeps the session", async () => {
    const admin = actorOf(await makeUser("admin"));
    const s = await signedIn();
    await updateUser(admin, s.user.id, { name: "Renamed" });
    expect(await s.session()).toMatchObject({ name: "Renamed" });
  });

  it("garbage and unknown tokens are nobody", async () => {
    expect(await actorFromBearer("not-a-token")).toBeNull();
    expect(await actorFromBearer("cd_at_" + "x".repeat(43))).toBeNull();
  });
});

describe("refresh tokens", () => {
  it("rotate: the new pair works, and the used refresh token is spent", async () => {
    const s = await signedIn();
    const next = await refreshTokens({ refresh: s.pair.refresh });
    expect(next.refresh).not.toBe(s.pair.refresh);
    expect(await s.bearer(next.access)).toMatchObject({ id: s.user.id });
    const again = await refreshTokens({ refresh: next.refresh });
    expect(await s.bearer(again.access)).toMatchObject({ id: s.user.id });
  });

  it("reuse of a spent refresh token revokes the whole login (stolen token detection)", async () => {
    const s = await signedIn();
    const next = await refreshTokens({ refresh: s.pair.refresh });
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
    expect(await s.bearer(next.access)).toBeNull();
    await rejects(refreshTokens({ refresh: next.refresh }), "unauthenticated");
    // Other logins of the same user are untouched.
    expect(await s.bearer(s.apiToken)).toMatchObject({ id: s.user.id });
  });

  it("logout revokes the access and refresh tokens of that login only", async () => {
    const s = await signedIn();
    const other = await issueTokens(await authenticate({ username: s.user.username, password: PASSWORD }, uniqueIp()));
    await revokeLogin(s.pair.access);
    expect(await s.bearer(s.pair.access)).toBeNull();
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
    expect(await s.bearer(other.access)).toMatchObject({ id: s.user.id });
  });

  it("a missing refresh token is a field error", async () => {
    expect((await rejects(refreshTokens({}), "invalid")).fields?.refresh).toBeDefined();
  });
});

describe("personal API tokens", () => {
  it("are listed without their secret, and stop working once revoked", async () => {
    const s = await signedIn();
    const [listed] = await listApiTokens(actorOf(s.user));
    expect(listed).toMatchObject({ name: "ci" });
    expect(JSON.stringify(listed)).not.toContain(s.apiToken);
    await revokeApiToken(actorOf(s.user), listed.id);
    expect(await s.bearer(s.apiToken)).toBeNull();
    expect(await listApiTokens(actorOf(s.user))).toEqual([]);
  });

  it("cannot be revoked by another user", async () => {
    const s = await signedIn();
    const other = await makeUser("member");
    const [listed] = await listApiTokens(actorOf(s.user));
    await rejects(revokeApiToken(actorOf(other), listed.id), "not_found");
    expect(await s.bearer(s.apiToken)).not.toBeNull();
  });
});
