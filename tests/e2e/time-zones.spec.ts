import { adminAccess, apiCall, unique } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, test } from "./fixtures";
import { collectErrors } from "./pages/console-errors";
import { LoginPage } from "./pages/login-page";

// The server runs in UTC (playwright.config.ts); the person is in New York.
test.use({ timezoneId: "America/New_York" });

test("a deadline typed as 17:00 in New York is 5:00 PM on the ticket, in the edit form and in the list, stored as 22:00 UTC", async ({ page }) => {
  const errors = collectErrors(page);
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  const title = unique("Open day flyer ");
  await page.goto("/tickets/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Deadline").fill("2026-12-02T17:00");
  await expect(page.getByText("In your time zone: EST (America/New_York)")).toBeVisible();
  await page.getByRole("button", { name: "Submit request" }).click();
  await expect(page).toHaveURL(/\/tickets\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;

  await expect(page.getByTestId("ticket-deadline")).toHaveText("Dec 2, 2026, 5:00 PM EST");
  const stored = await apiCall<{ deadline: string }>("GET", `/tickets/${id}`, await adminAccess());
  expect(stored.body.deadline).toBe("2026-12-02T22:00:00.000Z");

  await page.goto(`/tickets/${id}/edit`);
  await expect(page.getByLabel("Deadline")).toHaveValue("2026-12-02T17:00");

  await page.goto(`/tickets?q=${encodeURIComponent(title)}`);
  // The list shows it as a compact relative date; the exact time in the user's zone is on hover.
  await expect(page.getByRole("row", { name: new RegExp(title) }).locator('time[title="Dec 2, 2026, 5:00 PM EST"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("a page drawn before the server knows the browser's zone still shows the browser's time, without a hydration error", async ({ page, context }) => {
  const errors = collectErrors(page);
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  const title = unique("Zone-less poster ");
  const created = await apiCall<{ id: string }>("POST", "/tickets", await adminAccess(), { title, deadline: "2026-07-01T21:00:00Z" });
  // As on a first visit: no zone cookie yet, so the server draws the page in the organisation's zone (UTC).
  await context.clearCookies({ name: "tz" });
  await page.goto(`/tickets?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("row", { name: new RegExp(title) }).locator('time[title="Jul 1, 2026, 5:00 PM EDT"]')).toHaveCount(1);
  await page.goto(`/tickets/${created.body.id}`);
  await expect(page.getByTestId("ticket-deadline")).toHaveText("Jul 1, 2026, 5:00 PM EDT");
  expect(errors).toEqual([]);
});
