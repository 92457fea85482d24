import { adminAccess, apiCall } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { SettingsPage } from "./pages/settings-page";

type Settings = Record<string, unknown> & { lockoutMinutes: number; attachmentTypes: string[] };
const readSettings = async () => (await apiCall<Settings>("GET", "/settings", await adminAccess())).body;

test("an admin changes one setting on the Settings page; every other setting stays as it was", async ({ page }) => {
  const before = await readSettings();
  const minutes = before.lockoutMinutes === 45 ? 46 : 45;
  const settings = new SettingsPage(page);
  try {
    await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
    await settings.openFromSidebar();
    await expect(settings.field("Lock duration (minutes)")).toHaveValue(String(before.lockoutMinutes));
    await expect(settings.field("Organisation time zone")).toHaveValue(String(before.timeZone));

    await settings.field("Lock duration (minutes)").fill(String(minutes));
    await settings.save();
    await expect(settings.success()).toHaveText("Settings saved.");

    expect(await readSettings()).toEqual({ ...before, lockoutMinutes: minutes });
    await page.reload();
    await expect(settings.field("Lock duration (minutes)")).toHaveValue(String(minutes));
    await expect(page.getByLabel(/Anyone may register/)).toBeChecked({ checked: before.registrationEnabled as boolean });
  } finally {
    await apiCall("PATCH", "/settings", await adminAccess(), { lockoutMinutes: before.lockoutMinutes });
  }
});

test("a bad value is a field error on the page, and nothing is saved", async ({ page }) => {
  const before = await readSettings();
  const settings = new SettingsPage(page);
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  await page.goto("/admin/settings");
  await settings.field("Largest file (MB)").fill("0");
  for (const box of await page.getByRole("group", { name: "Allowed types" }).getByRole("checkbox").all()) await box.uncheck();
  await settings.save();
  await expect(page.getByTestId("attachmentMaxMb-error")).toHaveText("At least 1 MB");
  await expect(page.getByTestId("attachmentTypes-error")).toHaveText("Allow at least one type of file");
  expect(await readSettings()).toEqual(before);
});
