import { adminAccess, apiCall, apiLogin, createDepartment, createUser, unique } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { TicketPage } from "./pages/tickets-page";
import { UsersAdminPage } from "./pages/users-admin-page";

test("after Save then Deactivate, the form shows the user as they are and the next Save keeps them inactive", async ({ page }) => {
  const user = await createUser("member");
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  await new UsersAdminPage(page).openUser(user.username);

  await page.getByLabel("Name", { exact: true }).fill("Renamed Member");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renamed Member");
  // One control owns the active flag: the Access card's button, no checkbox beside it.
  await expect(page.getByRole("checkbox")).toHaveCount(0);

  await page.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("user-status").first()).toHaveText("inactive");
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Renamed Member");

  await page.getByLabel("Phone").fill("+1 555 0100");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Phone")).toHaveValue("+1 555 0100");
  await expect(page.getByTestId("user-status").first()).toHaveText("inactive");
  // The typed value shows at once; the save lands a moment later.
  const stored = async () => (await apiCall<{ isActive: boolean; phone: string }>("GET", `/users/${user.id}`, await adminAccess())).body;
  await expect.poll(stored).toMatchObject({ isActive: false, phone: "+1 555 0100" });
});

test("after Assign, the assignee select shows who it was assigned to", async ({ browser }) => {
  const creativeManager = await createUser("manager");
  const studio = await createDepartment({ isCreative: true, managerId: creativeManager.id });
  await apiCall("PATCH", `/users/${creativeManager.id}`, await adminAccess(), { departmentId: studio.id });
  const designer = await createUser("member", { departmentId: studio.id });
  const context = await newClient(browser);
  const page = await context.newPage();
  await new LoginPage(page).signInAs(ADMIN.username, ADMIN.password);
  // Requested by the creative department's manager: approved at once, ready to assign.
  const ticket = await apiCall<{ id: string; status: string }>("POST", "/tickets", await apiLogin(creativeManager.username, creativeManager.password), { title: unique("Assign me ") });
  expect(ticket.body.status).toBe("approved");

  const asAdmin = new TicketPage(page);
  await asAdmin.goto(`/tickets/${ticket.body.id}`);
  await asAdmin.assign(designer.id);
  await expect(asAdmin.assignee()).toHaveText("Test member");
  await expect(asAdmin.assignment().getByLabel("Assignee")).toHaveValue(designer.id);
  await expect(asAdmin.assignment().getByRole("button", { name: "Reassign" })).toBeVisible();
  await context.close();
});
