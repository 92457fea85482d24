import { expect } from "@playwright/test";

/** What every answer of the app carries, page or API (lib/http/security-headers.ts). */
export function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toMatch(/object-src 'none'|^default-src 'none'/);
  // The API reference's bundle (Scalar 1.46, the last on Node 20) compiles code at run time: /docs only.
  if (!/^(GET )?\/docs\b/.test(where)) expect(csp, where).not.toContain("'unsafe-eval'");
  // Scripts never inline without a nonce.
  const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scripts, where).not.toContain("'unsafe-inline'");
  // Only behind TLS (scripts/start.mjs): the test server is plain http.
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

/** The nonce of a page's CSP. */
export const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
