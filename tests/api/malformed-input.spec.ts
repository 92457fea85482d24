import { expect, test } from "@playwright/test";
import { adminAccess, apiCall, uniqueIp, type ApiError } from "../support/api";
import { BASE_URL } from "../support/env";

// The five causes of the 500s the probe found, each asked once by name (the fuzzer asks at random).
test.describe("malformed input answers 4xx in the API's error shape", () => {
  test("a path whose percent-escapes are not UTF-8 is a 400, for the API and for pages", async () => {
    for (const path of ["/api/v1/tickets/%E0%A4%A", "/api/v1/users/%ED%A0%80/approve", "/api/v1/nothing/%FF"]) {
      const res = await fetch(BASE_URL + path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as ApiError).error.code).toBe("invalid");
    }
    expect((await fetch(`${BASE_URL}/tickets/%E0%A4%A`, { redirect: "manual" })).status).toBe(400);
  });

  test("an address over Node's header limit is a 431 in the error shape", async () => {
    const res = await fetch(`${BASE_URL}/api/v1/tickets?q=${"x".repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(((await res.json()) as ApiError).error.code).toBe("too_large");
  });

  test("prototype-named keys are named as unknown fields", async () => {
    const res = await fetch(`${BASE_URL}/api/v1/settings`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${await adminAccess()}`, "content-type": "application/json" },
      body: '{"constructor":1,"__proto__":{"registrationEnabled":false},"toString":"y"}',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as ApiError).error.fields ?? {}).sort()).toEqual(["__proto__", "constructor", "toString"]);
  });

  test("NUL bytes, anonymously, on sign-in and registration; a lone surrogate in a ticket title", async () => {
    const login = await apiCall<ApiError>("POST", "/auth/login", null, { username: "admin\u0000", password: "x\u0000" }, { "x-forwarded-for": uniqueIp() });
    expect(login.status).toBe(400);
    expect(Object.keys(login.body.error.fields ?? {}).sort()).toEqual(["password", "username"]);
    const register = await apiCall<ApiError>("POST", "/auth/register", null, { username: "a\u0000bc", name: "x", email: "x@example.com", password: "Str0ng-pass-1", passwordConfirm: "Str0ng-pass-1", departmentId: "00000000-0000-4000-8000-000000000000" }, { "x-forwarded-for": uniqueIp() });
    expect([400, 403]).toContain(register.status);
    const ticket = await apiCall<ApiError>("POST", "/tickets", await adminAccess(), { title: "Poster \ud800", deadline: "+275760-09-13T00:00:00.000Z" });
    expect(ticket.status).toBe(400);
    expect(Object.keys(ticket.body.error.fields ?? {}).sort()).toEqual(["deadline", "title"]);
  });
});
