import { createUser } from "../support/api";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test("changing your password signs you out and the new password works", async ({ page }) => {
  const user = await createUser("member");
  const login = new LoginPage(page);
  await login.signInAs(user.username, user.password);
  await page.goto("/profile");
  const newPassword = "Brand-new-pass-42";
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Repeat new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();

  await expect(page).toHaveURL(/\/login\?notice=password-changed/);
  await expect(page.getByTestId("notice")).toHaveText("Password changed — sign in with your new password");
  await login.signIn(user.username, newPassword);
  await expect(login.userMenu()).toBeVisible();
});
