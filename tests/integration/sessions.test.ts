import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { actorFromSessionId, endSessionById, listSessions, revokeAllSessions, revokeSession, startSession } from "@/lib/auth/sessions";
import { actorFromBearer, createApiToken, issueTokens, listApiTokens, refreshTokens, revokeApiToken, revokeLogin } from "@/lib/auth/tokens";
import { listUserApiTokens, revokeUserApiToken } from "@/lib/users/api-tokens";
import { resetPassword, updateUser } from "@/lib/users/commands";
import { changePassword } from "@/lib/users/self-service";
import { actorOf, makeUser, PASSWORD, rejects, uniqueIp } from "./helpers";

/** A signed-in user with a browser session, an access/refresh pair and a personal API token. */
async function signedIn(role: "member" | "manager" = "member") {
  const user = await makeUser(role);
  const auth = await authenticate({ username: user.username, password: PASSWORD }, uniqueIp());
  const pair = await issueTokens(auth, { ip: "10.1.2.3", userAgent: "curl/8" });
  const { token: apiToken } = await createApiToken(actorOf(user), { name: "ci" });
  const sessionId = await startSession(user.id, "browser", { ip: "10.9.8.7", userAgent: "Mozilla/5.0 Firefox/140.0" });
  const session = () => actorFromSessionId(sessionId);
  return { user, pair, apiToken, sessionId, session, bearer: (t: string) => actorFromBearer(t) };
}

describe("sessions end on the next request", () => {
  it("a fresh session, access token and API token all resolve to the user", async () => {
    const s = await signedIn();
    expect(await s.session()).toMatchObject({ id: s.user.id, role: "member" });
    expect(await s.bearer(s.pair.access)).toMatchObject({ id: s.user.id });
    expect(await s.bearer(s.apiToken)).toMatchObject({ id: s.user.id });
  });

  const change = (s: Awaited<ReturnType<typeof signedIn>>, extra: Record<string, unknown> = {}) =>
    changePassword(actorOf(s.user), { currentPassword: PASSWORD, newPassword: "Changed-pass-42", newPasswordConfirm: "Changed-pass-42", ...extra });

  it("a password change ends sessions, logins and, by default, personal API tokens", async () => {
    const s = await signedIn();
    await change(s);
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.pair.access)).toBeNull();
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
    expect(await s.bearer(s.apiToken)).toBeNull();
    expect(await listApiTokens(actorOf(s.user))).toEqual([]);
  });

  it("a password change keeps personal API tokens when asked to", async () => {
    const s = await signedIn();
    await change(s, { revokeApiTokens: false });
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.apiToken)).toMatchObject({ id: s.user.id });
  });

  it("a role change ends sessions, logins and API tokens", async () => {
    const admin = actorOf(await makeUser("admin"));
    const s = await signedIn("manager");
    await updateUser(admin, s.user.id, { role: "member" });
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.pair.access)).toBeNull();
    expect(await s.bearer(s.apiToken)).toBeNull();
  });

  it("an admin's password reset ends sessions, logins and API tokens", async () => {
    const admin = actorOf(await makeUser("admin"));
    const s = await signedIn();
    await resetPassword(admin, s.user.id, { password: "Reset-pass-913" });
    expect(await s.session()).toBeNull();
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
    expect(await s.bearer(s.apiToken)).toBeNull();
  });

  it("a deactivation ends everything, and a reactivation brings nothing back", async () => {
    const admin = actorOf(await makeUser("admin"));
    const s = await signedIn();
    await updateUser(admin, s.user.id, { isActive: false });
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.pair.access)).toBeNull();
    expect(await s.bearer(s.apiToken)).toBeNull();
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
    await updateUser(admin, s.user.id, { isActive: true });
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.apiToken)).toBeNull();
    expect(await listSessions(actorOf(s.user))).toEqual([]);
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

describe("server-side sessions", () => {
  it("signing out ends that session only; a copy of its cookie is nobody", async () => {
    const s = await signedIn();
    const other = await startSession(s.user.id, "browser", { ip: "10.0.0.1", userAgent: null });
    await endSessionById(s.sessionId);
    expect(await s.session()).toBeNull();
    expect(await actorFromSessionId(other)).toMatchObject({ id: s.user.id });
  });

  it("the profile lists browsers and API logins with IP, device and last seen, and marks this one", async () => {
    const s = await signedIn();
    const listed = await listSessions(actorOf(s.user), s.sessionId);
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: s.sessionId, kind: "browser", ip: "10.9.8.7", userAgent: "Mozilla/5.0 Firefox/140.0", current: true }),
        expect.objectContaining({ kind: "api", ip: "10.1.2.3", userAgent: "curl/8", current: false }),
      ]),
    );
    expect(listed[0].lastSeenAt).toBeInstanceOf(Date);
  });

  it("ending an API login from the list revokes its tokens", async () => {
    const s = await signedIn();
    const api = (await listSessions(actorOf(s.user))).find((x) => x.kind === "api")!;
    await revokeSession(actorOf(s.user), api.id);
    expect(await s.bearer(s.pair.access)).toBeNull();
    await rejects(refreshTokens({ refresh: s.pair.refresh }), "unauthenticated");
    expect(await s.session()).not.toBeNull();
  });

  it("nobody ends another user's session (404)", async () => {
    const s = await signedIn();
    const stranger = await makeUser("member");
    await rejects(revokeSession(actorOf(stranger), s.sessionId), "not_found");
    await rejects(revokeSession(actorOf(stranger), "not-a-uuid"), "not_found");
    expect(await s.session()).not.toBeNull();
  });

  it("sign out everywhere ends every session and login, but keeps personal API tokens", async () => {
    const s = await signedIn();
    await revokeAllSessions(actorOf(s.user));
    expect(await s.session()).toBeNull();
    expect(await s.bearer(s.pair.access)).toBeNull();
    expect(await listSessions(actorOf(s.user))).toEqual([]);
    expect(await s.bearer(s.apiToken)).toMatchObject({ id: s.user.id });
  });

  it("an API logout ends its session row", async () => {
    const s = await signedIn();
    await revokeLogin(s.pair.access);
    expect((await listSessions(actorOf(s.user))).map((x) => x.kind)).toEqual(["browser"]);
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

  it("expire after 90 days unless told otherwise; null means never", async () => {
    const s = await signedIn();
    const made = await createApiToken(actorOf(s.user), { name: "default" });
    const days = (made.expiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect((await createApiToken(actorOf(s.user), { name: "forever", expiresInDays: null })).expiresAt).toBeNull();
    expect((await createApiToken(actorOf(s.user), { name: "week", expiresInDays: "7" })).expiresAt!.getTime()).toBeLessThan(Date.now() + 7.01 * 86_400_000);
  });

  it("show when they were last used", async () => {
    const s = await signedIn();
    expect((await listApiTokens(actorOf(s.user)))[0].lastUsedAt).toBeNull();
    await s.bearer(s.apiToken);
    expect((await listApiTokens(actorOf(s.user)))[0].lastUsedAt).toBeInstanceOf(Date);
  });

  it("an admin lists a user's tokens without secrets and revokes one; others may not", async () => {
    const s = await signedIn();
    const admin = actorOf(await makeUser("admin"));
    const [listed] = await listUserApiTokens(admin, s.user.id);
    expect(listed).toMatchObject({ name: "ci" });
    expect(JSON.stringify(listed)).not.toContain(s.apiToken);
    const manager = actorOf(await makeUser("manager"));
    await rejects(listUserApiTokens(manager, s.user.id), "forbidden");
    await rejects(revokeUserApiToken(manager, s.user.id, listed.id), "forbidden");
    // The token id must belong to that user.
    await rejects(revokeUserApiToken(admin, admin.id, listed.id), "not_found");
    await revokeUserApiToken(admin, s.user.id, listed.id);
    expect(await s.bearer(s.apiToken)).toBeNull();
    expect(await listUserApiTokens(admin, s.user.id)).toEqual([]);
  });

  it("cannot be revoked by another user", async () => {
    const s = await signedIn();
    const other = await makeUser("member");
    const [listed] = await listApiTokens(actorOf(s.user));
    await rejects(revokeApiToken(actorOf(other), listed.id), "not_found");
    expect(await s.bearer(s.apiToken)).not.toBeNull();
  });
});
