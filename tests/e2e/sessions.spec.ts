import { apiCall, apiLogin, createUser } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test("signing out ends the session: a copy of the old cookie is signed out too", async ({ page, browser }) => {
  const user = await createUser("member");
  const login = new LoginPage(page);
  await login.signInAs(user.username, user.password);
  const cookies = await page.context().cookies();

  // The same cookie in another browser works while the session lives...
  const copy = await newClient(browser);
  await copy.addCookies(cookies);
  const copyPage = await copy.newPage();
  await copyPage.goto("/profile");
  await expect(new LoginPage(copyPage).userMenu()).toBeVisible();

  await login.userMenu().click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // ...and not after the sign-out: the page sends it to sign in, the API says 401.
  await copyPage.goto("/profile");
  await expect(copyPage).toHaveURL(/\/login/);
  expect((await copyPage.request.get("/api/v1/auth/me")).status()).toBe(401);
  await copy.close();
});

test("the profile lists where you are signed in; you sign out another browser, then everywhere", async ({ page, browser }) => {
  const user = await createUser("member");
  const token = await apiLogin(user.username, user.password);
  const other = await newClient(browser);
  const otherPage = await other.newPage();
  await new LoginPage(otherPage).signInAs(user.username, user.password);
  const login = new LoginPage(page);
  await login.signInAs(user.username, user.password);

  await page.goto("/profile");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "This browser" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "API login" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "This browser" })).toContainText(/Chrome on \w+/);

  // The other browser's row: a browser, not this one.
  const otherRow = rows.filter({ hasNotText: "This browser" }).filter({ hasNotText: "API login" });
  await otherRow.getByRole("button", { name: "Sign out" }).click();
  await expect(rows).toHaveCount(2);
  await otherPage.goto("/profile");
  await expect(otherPage).toHaveURL(/\/login/);

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out/);
  await expect(page.getByTestId("notice")).toHaveText("You are signed out.");
  expect((await apiCall("GET", "/auth/me", token)).status).toBe(401);
  await other.close();
});

test("an admin sees a user's API tokens on their page and revokes one", async ({ page }) => {
  const user = await createUser("member");
  const access = await apiLogin(user.username, user.password);
  const created = (await apiCall<{ token: string }>("POST", "/auth/tokens", access, { name: "Sync script" })).body;
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  await page.goto(`/admin/users/${user.id}`);
  const tokens = page.getByTestId("user-tokens");
  await expect(tokens).toContainText("Sync script");
  await expect(tokens).not.toContainText(created.token);
  await tokens.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No personal API tokens.")).toBeVisible();
  expect((await apiCall("GET", "/auth/me", created.token)).status).toBe(401);
});

test("a password change keeps personal API tokens only when the box is unticked", async ({ page }) => {
  const user = await createUser("member");
  const access = await apiLogin(user.username, user.password);
  const created = (await apiCall<{ token: string }>("POST", "/auth/tokens", access, { name: "Kept" })).body;
  const login = new LoginPage(page);
  await login.signInAs(user.username, user.password);
  await page.goto("/profile");
  const box = page.getByLabel("Also revoke my personal API tokens");
  await expect(box).toBeChecked();
  await box.uncheck();
  const newPassword = "Brand-new-pass-43";
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Repeat new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-changed/);
  expect((await apiCall("GET", "/auth/me", created.token)).status).toBe(200);
});
