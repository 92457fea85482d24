import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createUser, type ApiError } from "../support/api";
import { BASE_URL } from "../support/env";

test.describe("the API's error contract", () => {
  test("401 without a token, with a garbage token and with a non-bearer scheme", async () => {
    for (const headers of [{} as Record<string, string>, { authorization: "Bearer cd_at_garbage" }, { authorization: "Bearer nonsense" }, { authorization: "Basic YWRtaW46eA==" }]) {
      const res = await fetch(`${BASE_URL}/api/v1/auth/me`, { headers });
      expect(res.status).toBe(401);
      const body = (await res.json()) as ApiError;
      expect(body.error.code).toBe("unauthenticated");
      expect(body.error.message).toBeTruthy();
    }
  });

  test("bad input is a 400 with a message per field", async () => {
    const res = await apiCall<ApiError>("POST", "/users", await adminAccess(), { username: "x", email: "not-an-email", password: "12345678" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(Object.keys(res.body.error.fields ?? {})).toEqual(expect.arrayContaining(["username", "name", "email", "password"]));
    expect(res.body.error.fields?.email).toEqual(["Enter a valid email address"]);
  });

  test("a body that is not JSON is a 400 in the same shape", async () => {
    const res = await fetch(`${BASE_URL}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiError).error).toMatchObject({ code: "invalid", message: "The request body is not valid JSON" });
  });

  test("a bad query parameter is a 400 naming the parameter", async () => {
    const res = await apiCall<ApiError>("GET", "/users?pageSize=1000&status=sleeping", await adminAccess());
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {}).sort()).toEqual(["pageSize", "status"]);
  });

  test("a member gets 403 on admin endpoints", async () => {
    const member = await createUser("member");
    const token = await apiLogin(member.username, member.password);
    const calls: [string, string, unknown?][] = [
      ["GET", "/users"],
      ["POST", "/users", { username: "nobody1", name: "N", email: "n@example.com", password: "Str0ng-pass-1" }],
      ["PATCH", `/users/${member.id}`, { role: "admin" }],
      ["DELETE", `/users/${member.id}`],
      ["POST", "/departments", { name: "Not allowed" }],
      ["GET", "/settings"],
      ["PATCH", "/settings", { registrationEnabled: false }],
    ];
    for (const [method, path, body] of calls) {
      const res = await apiCall<ApiError>(method, path, token, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
  });

  test("404 for a missing user, a malformed id, and a user the caller may not see", async () => {
    const admin = await adminAccess();
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const res = await apiCall<ApiError>("GET", `/users/${id}`, admin);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    const [member, other] = await Promise.all([createUser("member"), createUser("member")]);
    const token = await apiLogin(member.username, member.password);
    expect((await apiCall("GET", `/users/${other.id}`, token)).status).toBe(404);
    expect((await apiCall("GET", `/users/${member.id}`, token)).status).toBe(200);
  });

  test("unknown API paths are a JSON 404, wrong methods a JSON 405", async () => {
    const missing = await apiCall<ApiError>("GET", "/no-such-thing", await adminAccess());
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
    const res = await fetch(`${BASE_URL}/api/v1/users`, { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
    expect(((await res.json()) as ApiError).error.code).toBe("method_not_allowed");
  });

  test("a trailing slash is answered, not redirected", async () => {
    const token = await adminAccess();
    const res = await fetch(`${BASE_URL}/api/v1/auth/me/`, { headers: { authorization: `Bearer ${token}` }, redirect: "manual" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { username: string }).username).toBe("admin");
    const created = await fetch(`${BASE_URL}/api/v1/products/`, {
      method: "POST",
      redirect: "manual",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: `Slash ${Date.now()}-${Math.random()}` }),
    });
    expect(created.status).toBe(201);
  });
});
