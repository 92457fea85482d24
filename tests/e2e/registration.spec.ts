import { createDepartment, unique } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { RegisterPage } from "./pages/register-page";
import { UsersAdminPage } from "./pages/users-admin-page";

test("a registered user waits for approval, an admin approves, then they sign in", async ({ page, browser }) => {
  const department = await createDepartment();
  const username = unique("reg_");
  const password = "Long-enough-pass-9";
  const register = new RegisterPage(page);
  await register.goto();
  await register.register({ username, name: "Rita Registrant", email: `${username}@example.com`, department: department.name, password });
  await expect(register.pendingConfirmation()).toContainText("pending approval");

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(username, password);
  await expect(login.formError()).toContainText("pending approval");

  const adminContext = await newClient(browser);
  const adminPage = await adminContext.newPage();
  await new LoginPage(adminPage).signInAs(ADMIN.username, ADMIN.password);
  const users = new UsersAdminPage(adminPage);
  await users.openUser(username);
  await expect(adminPage.getByTestId("user-status").first()).toHaveText("pending");
  await users.approve();
  await adminContext.close();

  await login.signIn(username, password);
  await expect(login.userMenu()).toContainText("Rita Registrant");
});

test("registration shows per-field errors and keeps what was typed", async ({ page }) => {
  const register = new RegisterPage(page);
  await register.goto();
  await page.getByLabel("Username").fill("ok_name");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByTestId("email-error")).toHaveText("Enter a valid email address");
  await expect(page.getByTestId("departmentId-error")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue("ok_name");
});
