import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createUser, loginAttempt, type ApiError, type TokenPair } from "../support/api";

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
