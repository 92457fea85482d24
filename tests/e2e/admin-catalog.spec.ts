import { createUser, unique } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test("an admin creates a creative department with a manager and renames it", async ({ page }) => {
  const manager = await createUser("manager", { name: unique("Lead ") });
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  await page.goto("/admin/departments");

  const name = unique("Studio ");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Manager").selectOption(manager.id);
  await page.getByLabel(/Creative department/).check();
  await page.getByRole("button", { name: "Create department" }).click();

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("creative");
  await expect(row).toContainText(manager.name);

  await row.getByRole("link", { name: "Edit" }).click();
  // The list has a "Name" field of its own (the new-department form): wait for the edit page.
  await expect(page).toHaveURL(/\/admin\/departments\/[0-9a-f-]{36}$/);
  await page.getByLabel("Name").fill(`${name} West`);
  await page.getByRole("button", { name: "Save department" }).click();
  await expect(page).toHaveURL(/\/admin\/departments$/);
  await expect(page.getByRole("row").filter({ hasText: `${name} West` })).toBeVisible();
});

test("an empty product name is refused with its field message; a product is created, then deleted after confirming", async ({ page }) => {
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  await page.goto("/admin/products");

  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByTestId("name-error")).toBeVisible();

  const name = unique("Brochure ");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Tri-fold, A4");
  await page.getByRole("button", { name: "Create product" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Tri-fold, A4");
  await expect(row).toContainText("active");

  await row.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});
