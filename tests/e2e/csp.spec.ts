import type { Page } from "@playwright/test";
import { ADMIN } from "../support/env";
import { expectSecurityHeaders } from "../support/security-headers";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

/** Collects what a CSP blocks on the page: console reports and securitypolicyviolation events. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test.describe("the app and /docs under their Content-Security-Policy", () => {
  test("signed-in pages render and work with no CSP violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
    for (const path of ["/", "/tickets", "/tickets/new", "/notifications", "/profile", "/admin/users", "/admin/departments", "/admin/products", "/admin/schedules"]) {
      const res = await page.goto(path);
      expectSecurityHeaders(await res!.allHeaders(), path);
      await expect(page.locator("main")).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    // Hydrated: the client-side theme toggle answers a click, so React's scripts ran under the nonce.
    const dark = /\bdark\b/.test((await page.locator("html").getAttribute("class")) ?? "");
    await page.getByTestId("theme-toggle").click();
    await expect(page.locator("html")).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
    expect(violations).toEqual([]);
  });

  test("/docs renders the API reference from our own bundle with no CSP violation", async ({ page }) => {
    const violations = await watchViolations(page);
    const res = await page.goto("/docs");
    expectSecurityHeaders(await res!.allHeaders(), "/docs");
    // Scalar has read /api/openapi.json and drawn its operations.
    await expect(page.getByText("Sign in with username and password").first()).toBeVisible({ timeout: 30_000 });
    expect(violations).toEqual([]);
  });
});
