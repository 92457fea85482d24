import { adminAccess, apiCall, unique } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test("a ticket's tab names it; a trashed ticket's link says so and restores; an unknown address is a real 404 page", async ({ page }) => {
  const admin = await adminAccess();
  const title = unique("Flyer for the open day ");
  const ticket = (await apiCall<{ id: string; key: string; version: number }>("POST", "/tickets", admin, { title })).body;
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);

  await page.goto(`/tickets/${ticket.id}`);
  await expect(page).toHaveTitle(`${ticket.key} · ${title} · Crewdesk`);

  expect((await apiCall("POST", `/tickets/${ticket.id}/trash`, admin, {})).status).toBe(200);
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByTestId("ticket-in-trash")).toContainText("This ticket is in trash");
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByTestId("ticket-deadline")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${ticket.key} · ${title}`);

  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();
  const icon = await page.request.get("/icon.svg");
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
