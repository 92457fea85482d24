import { createUser } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test("an admin signs in and sees their name in the app shell", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(ADMIN.username, ADMIN.password);
  await expect(page).toHaveURL(/\/$/);
  await expect(login.userMenu()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
});

test("sign-in returns to the page asked for, but never to another site", async ({ page, browser }) => {
  const login = new LoginPage(page);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
  await login.signIn(ADMIN.username, ADMIN.password);
  await expect(page).toHaveURL(/\/profile$/);

  // A fresh browser: clearing this one's cookies races with responses still setting the session.
  // A tab, LF or CR after the first slash is stripped by browsers: "/\t/evil" would become "//evil".
  for (const next of ["//evil.example/", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\\evil.example"]) {
    const fresh = await newClient(browser);
    const freshPage = await fresh.newPage();
    const freshLogin = new LoginPage(freshPage);
    await freshLogin.goto(next);
    await freshLogin.signIn(ADMIN.username, ADMIN.password);
    await expect(freshPage, JSON.stringify(next)).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    // Signed in, the sign-in page sends the same address home too.
    await freshPage.goto(`/login?next=${encodeURIComponent(next)}`);
    await expect(freshPage, JSON.stringify(next)).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await fresh.close();
  }
});

test("wrong passwords count down the attempts left, then the account locks", async ({ page }) => {
  const user = await createUser("member");
  const login = new LoginPage(page);
  await login.goto();

  await login.signIn(user.username, "wrong-password-1");
  await expect(login.formError()).toContainText("2 attempts remaining");
  // The typed username survives the failed attempt.
  await expect(page.getByLabel("Username")).toHaveValue(user.username);

  await login.signIn(user.username, "wrong-password-2");
  await expect(login.formError()).toContainText("1 attempt remaining");

  await login.signIn(user.username, "wrong-password-3");
  await expect(login.formError()).toContainText("Account locked");
  await expect(login.formError()).toHaveAttribute("data-code", "locked");

  // Locked means locked: the right password is refused too.
  await login.signIn(user.username, user.password);
  await expect(login.formError()).toContainText("locked");
  await expect(login.userMenu()).toHaveCount(0);
});

test("empty fields get per-field messages", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("username-error")).toHaveText("Username is required");
  await expect(page.getByTestId("password-error")).toHaveText("Password is required");
});
