import { ADMIN } from "../support/env";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test("an admin opens Schedules from the sidebar, runs the ticket reminders now and is told what was sent", async ({ page }) => {
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Schedules" }).click();
  await expect(page.getByRole("heading", { name: "Schedules" })).toBeVisible();

  const card = page.getByTestId("schedule-ticket-reminders");
  await expect(card).toContainText("Every hour");
  await card.getByRole("button", { name: "Run now for Ticket reminders" }).click();
  // What it says depends on the hour of the run: sent, nothing due, or quiet hours.
  await expect(card.getByTestId("form-success")).toHaveText(/Sent \d+ notification|Nothing to send|Quiet hours/);
});
