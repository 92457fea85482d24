import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createUser, loginAttempt, uniqueIp, type ApiError, type TokenPair } from "../support/api";

const me = (token: string) => apiCall<{ id: string; username: string }>("GET", "/auth/me", token);

test.describe("tokens and sessions", () => {
  test("login answers a token pair and the user; the access token works as Bearer", async () => {
    const member = await createUser("member");
    const res = await loginAttempt(member.username.toUpperCase(), member.password);
    expect(res.status).toBe(200);
    expect(res.body.access).toMatch(/^cd_at_/);
    expect(res.body.refresh).toMatch(/^cd_rt_/);
    expect(Date.parse(res.body.accessExpiresAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(res.body.refreshExpiresAt)).toBeGreaterThan(Date.parse(res.body.accessExpiresAt));
    expect(res.body.user).toMatchObject({ id: member.id, username: member.username, role: "member" });
    expect(res.body.user).not.toHaveProperty("passwordHash");
    expect((await me(res.body.access)).body.id).toBe(member.id);
  });

  test("a refresh token works once; reusing it revokes the tokens it was traded for", async () => {
    const member = await createUser("member");
    const first = (await loginAttempt(member.username, member.password)).body;
    const second = await apiCall<TokenPair>("POST", "/auth/refresh", null, { refresh: first.refresh });
    expect(second.status).toBe(200);
    expect(second.body.refresh).not.toBe(first.refresh);
    expect((await me(second.body.access)).status).toBe(200);

    const replay = await apiCall<ApiError>("POST", "/auth/refresh", null, { refresh: first.refresh });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe("unauthenticated");
    // The replay looks like theft: the whole login is gone.
    expect((await apiCall("POST", "/auth/refresh", null, { refresh: second.body.refresh })).status).toBe(401);
    expect((await me(second.body.access)).status).toBe(401);
  });

  test("refresh without a token is a 400 naming the field", async () => {
    const res = await apiCall<ApiError>("POST", "/auth/refresh", null, {});
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty("refresh");
  });

  test("logout with the access token revokes its login", async () => {
    const member = await createUser("member");
    const pair = (await loginAttempt(member.username, member.password)).body;
    const other = (await loginAttempt(member.username, member.password)).body;
    expect((await apiCall("POST", "/auth/logout", pair.access)).status).toBe(204);
    expect((await me(pair.access)).status).toBe(401);
    expect((await apiCall("POST", "/auth/refresh", null, { refresh: pair.refresh })).status).toBe(401);
    // Another login of the same user is untouched.
    expect((await me(other.access)).status).toBe(200);
  });

  test("logout with the refresh token in the body revokes its login", async () => {
    const member = await createUser("member");
    const pair = (await loginAttempt(member.username, member.password)).body;
    expect((await apiCall("POST", "/auth/logout", null, { refresh: pair.refresh })).status).toBe(204);
    expect((await me(pair.access)).status).toBe(401);
    expect((await apiCall("POST", "/auth/logout", null, { refresh: pair.refresh })).status).toBe(204);
  });

  test("a personal API token works as Bearer, is shown once, and stops after revoke", async () => {
    const member = await createUser("member");
    const access = await apiLogin(member.username, member.password);
    const created = await apiCall<{ id: string; token: string; name: string }>("POST", "/auth/tokens", access, { name: "CI" });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^cd_pat_/);
    const pat = created.body.token;
    expect((await me(pat)).body.id).toBe(member.id);

    const list = await apiCall<{ items: Record<string, unknown>[]; total: number }>("GET", "/auth/tokens", pat);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ id: created.body.id, name: "CI" });
    expect(list.body.items[0]).not.toHaveProperty("token");

    // Nobody else can revoke it.
    const stranger = await createUser("member");
    expect((await apiCall("DELETE", `/auth/tokens/${created.body.id}`, await apiLogin(stranger.username, stranger.password))).status).toBe(404);

    expect((await apiCall("DELETE", `/auth/tokens/${created.body.id}`, access)).status).toBe(204);
    expect((await me(pat)).status).toBe(401);
    expect((await apiCall("DELETE", `/auth/tokens/${created.body.id}`, access)).status).toBe(404);
  });

  test("a password change ends earlier access and refresh tokens", async () => {
    const member = await createUser("member");
    const pair = (await loginAttempt(member.username, member.password)).body;
    const newPassword = `${member.password}-new`;

    const wrong = await apiCall<ApiError>("POST", "/auth/change-password", pair.access, { currentPassword: "wrong-one", newPassword, newPasswordConfirm: newPassword });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty("currentPassword");

    const done = await apiCall("POST", "/auth/change-password", pair.access, { currentPassword: member.password, newPassword, newPasswordConfirm: newPassword });
    expect(done.status).toBe(204);
    expect((await me(pair.access)).status).toBe(401);
    expect((await apiCall("POST", "/auth/refresh", null, { refresh: pair.refresh })).status).toBe(401);
    expect((await loginAttempt(member.username, member.password)).status).toBe(401);
    expect((await loginAttempt(member.username, newPassword)).status).toBe(200);
  });

  test("a profile update changes only your own details", async () => {
    const member = await createUser("member");
    const access = await apiLogin(member.username, member.password);
    const res = await apiCall<{ name: string; telegramHandle: string | null; role: string }>("PATCH", "/auth/me", access, { name: "Renamed", telegramHandle: "@renamed_user" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Renamed", telegramHandle: "renamed_user", role: "member" });
    const escalate = await apiCall<ApiError>("PATCH", "/auth/me", access, { role: "admin" });
    expect(escalate.status).toBe(400);
    expect((await apiCall<{ role: string }>("GET", `/users/${member.id}`, await adminAccess())).body.role).toBe("member");
  });
});

test.describe("sessions and tokens that end", () => {
  type Session = { id: string; kind: string; ip: string; userAgent: string | null; current: boolean };
  const sessions = (token: string) => apiCall<{ items: Session[]; total: number }>("GET", "/auth/sessions", token);

  test("an API login is a session with its IP and device; ending it ends its tokens", async () => {
    const member = await createUser("member");
    const ip = uniqueIp();
    const first = (await apiCall<TokenPair>("POST", "/auth/login", null, { username: member.username, password: member.password }, { "x-forwarded-for": ip, "user-agent": "report-bot/2.0" })).body;
    const second = (await loginAttempt(member.username, member.password)).body;
    const listed = await sessions(second.access);
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBe(2);
    const mine = listed.body.items.find((s) => s.ip === ip)!;
    expect(mine).toMatchObject({ kind: "api", userAgent: "report-bot/2.0" });

    expect((await apiCall("DELETE", `/auth/sessions/${mine.id}`, second.access)).status).toBe(204);
    expect((await me(first.access)).status).toBe(401);
    expect((await apiCall("POST", "/auth/refresh", null, { refresh: first.refresh })).status).toBe(401);
    expect((await me(second.access)).status).toBe(200);
    // Someone else's session id is not found.
    const stranger = await createUser("member");
    const theirs = (await loginAttempt(stranger.username, stranger.password)).body;
    expect((await apiCall<ApiError>("DELETE", `/auth/sessions/${(await sessions(theirs.access)).body.items[0].id}`, second.access)).status).toBe(404);

    expect((await apiCall("DELETE", "/auth/sessions", second.access)).status).toBe(204);
    expect((await me(second.access)).status).toBe(401);
    expect((await me(theirs.access)).status).toBe(200);
  });

  test("a personal token expires in 90 days by default and shows when it was last used", async () => {
    const member = await createUser("member");
    const access = await apiLogin(member.username, member.password);
    const created = await apiCall<{ token: string; expiresAt: string; lastUsedAt: string | null }>("POST", "/auth/tokens", access, { name: "nightly" });
    const days = (Date.parse(created.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect(created.body.lastUsedAt).toBeNull();
    await me(created.body.token);
    const [listed] = (await apiCall<{ items: { lastUsedAt: string | null }[] }>("GET", "/auth/tokens", access)).body.items;
    expect(Date.parse(listed.lastUsedAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  test("an admin lists and revokes a user's tokens; a reset password, a deactivation end the rest for good", async () => {
    const member = await createUser("member");
    const access = await apiLogin(member.username, member.password);
    const pat = async (name: string) => (await apiCall<{ id: string; token: string }>("POST", "/auth/tokens", access, { name })).body;
    const [one, two] = [await pat("one"), await pat("two")];
    const admin = await adminAccess();

    const listed = await apiCall<{ items: { id: string; name: string }[] }>("GET", `/users/${member.id}/tokens`, admin);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((t) => t.name).sort()).toEqual(["one", "two"]);
    expect(JSON.stringify(listed.body)).not.toContain(one.token);
    expect((await apiCall("GET", `/users/${member.id}/tokens`, access)).status).toBe(403);

    expect((await apiCall("DELETE", `/users/${member.id}/tokens/${one.id}`, admin)).status).toBe(204);
    expect((await me(one.token)).status).toBe(401);
    expect((await me(two.token)).status).toBe(200);

    expect((await apiCall("PATCH", `/users/${member.id}`, admin, { isActive: false })).status).toBe(200);
    expect((await apiCall("PATCH", `/users/${member.id}`, admin, { isActive: true })).status).toBe(200);
    // Reactivation brings nothing back.
    expect((await me(two.token)).status).toBe(401);

    const again = await apiLogin(member.username, member.password);
    const three = (await apiCall<{ token: string }>("POST", "/auth/tokens", again, { name: "three" })).body;
    expect((await apiCall("POST", `/users/${member.id}/reset-password`, admin, { password: "Reset-pass-2931" })).status).toBe(200);
    expect((await me(three.token)).status).toBe(401);
    expect((await me(again)).status).toBe(401);
  });

  test("a password change revokes personal tokens unless told to keep them", async () => {
    const member = await createUser("member");
    const access = await apiLogin(member.username, member.password);
    const kept = (await apiCall<{ token: string }>("POST", "/auth/tokens", access, { name: "kept" })).body;
    const newPassword = `${member.password}-2`;
    const change = await apiCall("POST", "/auth/change-password", access, { currentPassword: member.password, newPassword, newPasswordConfirm: newPassword, revokeApiTokens: false });
    expect(change.status).toBe(204);
    expect((await me(kept.token)).status).toBe(200);

    const access2 = await apiLogin(member.username, newPassword);
    const gone = (await apiCall<{ token: string }>("POST", "/auth/tokens", access2, { name: "gone" })).body;
    const third = `${member.password}-3`;
    expect((await apiCall("POST", "/auth/change-password", access2, { currentPassword: newPassword, newPassword: third, newPasswordConfirm: third })).status).toBe(204);
    expect((await me(gone.token)).status).toBe(401);
    expect((await me(kept.token)).status).toBe(401);
  });
});
