import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { adminAccess, apiCall, unique } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

/** Serious and critical axe findings on the page as it is now, one line each (rule: element). */
async function violations(page: Page): Promise<string[]> {
  // Also the experimental rule for labels that do not contain their visible text (speech-input users say what they see).
  const { violations } = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "label-content-name-mismatch").flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/** Visits each page and lists every finding, so one run shows them all. */
async function findingsOn(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
      found.push(...(await violations(page)).map((v) => `${theme} ${path} ${v}`));
    }
  }
  return found;
}

const signedOutPages = ["/login", "/register", "/no-such-page"];

test("sign-in, registration and the 404 page have no serious accessibility violation, light and dark", async ({ page }) => {
  expect(await findingsOn(page, signedOutPages)).toEqual([]);
});

test("every page of the app has no serious accessibility violation, light and dark", async ({ page }) => {
  test.setTimeout(240_000);
  const admin = await adminAccess();
  const ticket = await apiCall<{ id: string }>("POST", "/tickets", admin, { title: unique("Accessible poster "), description: "**Bold** text", deadline: "2026-12-02T22:00:00Z" });
  const me = await apiCall<{ id: string }>("GET", "/auth/me", admin);
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  const paths = [
    "/",
    "/tickets",
    "/tickets/new",
    `/tickets/${ticket.body.id}`,
    `/tickets/${ticket.body.id}/edit`,
    "/tickets/trash",
    "/notifications",
    "/profile",
    "/jobs",
    "/equipment",
    "/admin/users",
    "/admin/users/new",
    `/admin/users/${me.body.id}`,
    "/admin/departments",
    "/admin/products",
    "/admin/schedules",
    "/no-such-page",
  ];
  expect(await findingsOn(page, paths)).toEqual([]);
});

test("a skip link leads past the navigation to the page's content", async ({ page }) => {
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  await page.goto("/tickets");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});
