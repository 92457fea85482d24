import { expect, test } from "@playwright/test";
import { adminAccess } from "../support/api";
import { BASE_URL } from "../support/env";
import { expectSecurityHeaders, nonceOf } from "../support/security-headers";

const get = (path: string, init: RequestInit = {}) => fetch(`${BASE_URL}${path}`, { redirect: "manual", ...init });
const headersOf = (res: Response) => Object.fromEntries(res.headers);

test.describe("security headers", () => {
  test("every operation of the OpenAPI document answers with them, and never lets a cache keep the answer", async () => {
    const doc = await (await get("/api/openapi.json")).json();
    const token = await adminAccess();
    const id = "00000000-0000-4000-8000-000000000000";
    const calls: [string, string, string | null][] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, object>))
      for (const method of Object.keys(ops)) {
        const url = path.replace("{id}", id);
        calls.push([method.toUpperCase(), url, null]);
        if (method === "get") calls.push(["GET", url, token]);
      }
    // And the API paths outside /api/v1: health, the document itself, next-auth, Inngest, an unknown path.
    for (const path of ["/api/health", "/api/openapi.json", "/api/auth/session", "/api/auth/signin", "/api/inngest", "/api/nothing-here"]) calls.push(["GET", path, null]);
    await Promise.all(
      calls.map(async ([method, path, bearer]) => {
        const res = await get(path, { method, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
        await res.arrayBuffer();
        const where = `${method} ${path}${bearer ? " (signed in)" : ""} → ${res.status}`;
        expectSecurityHeaders(headersOf(res), where);
        expect(res.headers.get("cache-control"), where).toContain("no-store");
      }),
    );
  });

  test("pages answer with them and a CSP nonce of their own each time; /docs too", async () => {
    const nonces = new Set<string>();
    let pages = 0;
    for (const path of ["/login", "/register", "/login", "/no-such-page", "/docs", "/"]) {
      const res = await get(path);
      const html = await res.text();
      const where = `GET ${path} → ${res.status}`;
      expectSecurityHeaders(headersOf(res), where);
      if (res.status >= 300 && res.status < 400) continue;
      const nonce = nonceOf(res.headers.get("content-security-policy") ?? undefined);
      expect(nonce, where).toBeTruthy();
      // Every script of the page carries this answer's nonce.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, where).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, where).toContain(`nonce="${nonce}"`);
      nonces.add(nonce!);
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(nonces.size).toBe(pages);
  });

  test("HSTS only when the request came over TLS (the proxy in front says x-forwarded-proto: https)", async () => {
    for (const path of ["/login", "/api/health", "/api/v1/auth/me"]) {
      expect((await get(path)).headers.get("strict-transport-security"), path).toBeNull();
      const overTls = await get(path, { headers: { "x-forwarded-proto": "https" } });
      expect(overTls.headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    }
  });
});
