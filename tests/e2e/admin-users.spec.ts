import { unique } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { UsersAdminPage } from "./pages/users-admin-page";

test("an admin creates a user who can then sign in", async ({ page, browser }) => {
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  const username = unique("made_");
  const password = "Created-by-admin-7";
  await new UsersAdminPage(page).create({ username, name: "Nora Newhire", email: `${username}@example.com`, role: "technician", password });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nora Newhire");

  const theirContext = await newClient(browser);
  const theirPage = await theirContext.newPage();
  await new LoginPage(theirPage).signInAs(username, password, "Nora Newhire");
  // A technician has no admin section.
  await expect(theirPage.getByRole("link", { name: "Users" })).toHaveCount(0);
  await theirContext.close();
});

test("the users list keeps its search in the URL and finds one user", async ({ page }) => {
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  const users = new UsersAdminPage(page);
  await users.gotoList();
  await page.getByLabel("Search").fill(ADMIN.username);
  await expect(page).toHaveURL(new RegExp(`q=${ADMIN.username}`));
  await expect(page.getByRole("link", { name: ADMIN.username, exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Search")).toHaveValue(ADMIN.username);
});
