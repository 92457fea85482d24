import { randomBytes } from "node:crypto";
import { ADMIN, BASE_URL } from "./env";

/** Test set-up through the public API, as an integration would do it. */
export async function apiLogin(username: string, password: string, ip = uniqueIp()): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  return (await res.json()).access as string;
}

export type TokenPair = { access: string; refresh: string; accessExpiresAt: string; refreshExpiresAt: string };
export type ApiError = { error: { code: string; message: string; fields?: Record<string, string[]>; attemptsRemaining?: number; lockedUntil?: string } };

/** One sign-in attempt, whatever its outcome, from a fresh client address unless one is given. */
export const loginAttempt = <T = TokenPair & { user: { id: string; role: string } }>(username: string, password: string, ip = uniqueIp()) =>
  apiCall<T & ApiError>("POST", "/auth/login", null, { username, password }, { "x-forwarded-for": ip });

let adminToken: Promise<string> | undefined;
export const adminAccess = () => (adminToken ??= apiLogin(ADMIN.username, ADMIN.password));

export async function apiCall<T = unknown>(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** A unique name, so tests sharing one server never collide. */
export const unique = (prefix: string) => `${prefix}${randomBytes(4).toString("hex")}`;

/** A fresh client address for the per-IP sign-in limit (the test server trusts X-Forwarded-For). */
export const uniqueIp = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

export type TestUser = { id: string; username: string; name: string; password: string; role: string; departmentId: string | null };

/** Creates an approved, active user through the admin API. */
export async function createUser(role: string, extra: Record<string, unknown> = {}): Promise<TestUser> {
  const username = unique(role.replace("_", "") + "_");
  const password = "Str0ng-pass-" + randomBytes(3).toString("hex");
  const res = await apiCall<{ id: string; name: string; departmentId: string | null }>("POST", "/users", await adminAccess(), {
    username,
    name: `Test ${role}`,
    email: `${username}@example.com`,
    role,
    password,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`create user failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, username, name: res.body.name, password, role, departmentId: res.body.departmentId };
}

export async function createDepartment(extra: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const res = await apiCall<{ id: string; name: string }>("POST", "/departments", await adminAccess(), { name: unique("Dept "), ...extra });
  if (res.status !== 201) throw new Error(`create department failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
