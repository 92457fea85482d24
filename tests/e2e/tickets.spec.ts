import { createDepartment, createUser, unique, type TestUser } from "../support/api";
import { ADMIN } from "../support/env";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { TicketPage, TicketsPage } from "./pages/tickets-page";
import type { Browser, Page } from "@playwright/test";

/** Each person works in a browser session of their own (own cookies, own client address). */
async function sessionOf(browser: Browser, user: TestUser): Promise<Page> {
  const context = await newClient(browser);
  const page = await context.newPage();
  await new LoginPage(page).signInAs(user.username, user.password);
  return page;
}

async function organisation() {
  // A requesting department with its manager, and a creative department with its manager and a designer.
  const deptManager = await createUser("manager");
  const marketing = await createDepartment({ managerId: deptManager.id });
  const creativeManager = await createUser("manager");
  const studio = await createDepartment({ isCreative: true, managerId: creativeManager.id });
  const designer = await createUser("member", { departmentId: studio.id });
  const requester = await createUser("member", { departmentId: marketing.id });
  return { deptManager, creativeManager, designer, requester };
}

test("a request goes through both approvals, assignment, work and the requester's confirmation", async ({ browser }) => {
  test.setTimeout(180_000);
  const org = await organisation();
  const title = unique("Launch banner ");

  const requesterPage = await sessionOf(browser, org.requester);
  const path = await new TicketsPage(requesterPage).request({ title, description: "A 1200×628 banner for the launch.", priority: "high" });
  const asRequester = new TicketPage(requesterPage);
  await asRequester.expectStatus("Dept approval");
  // The requester may not approve their own request.
  await expect(asRequester.actions().getByRole("button", { name: "Approve" })).toHaveCount(0);

  const deptManagerPage = await sessionOf(browser, org.deptManager);
  // The approval waits on them: it is in their "Needs my action" view.
  await deptManagerPage.goto("/tickets?view=action");
  await deptManagerPage.getByRole("link", { name: title }).click();
  const asDeptManager = new TicketPage(deptManagerPage);
  await expect(deptManagerPage).toHaveURL(new RegExp(`${path}$`));
  await asDeptManager.approve();
  await asDeptManager.expectStatus("Creative approval");

  const asCreativeManager = new TicketPage(await sessionOf(browser, org.creativeManager));
  await asCreativeManager.goto(path);
  await asCreativeManager.approve();
  await asCreativeManager.expectStatus("Approved");
  await asCreativeManager.assign(org.designer.id);
  await expect(asCreativeManager.assignee()).toHaveText("Test member");

  const asDesigner = new TicketPage(await sessionOf(browser, org.designer));
  await asDesigner.goto(path);
  await asDesigner.click("Start work");
  await asDesigner.expectStatus("In progress");
  await asDesigner.click("Mark completed");
  await asDesigner.expectStatus("Completed");
  // Only the requester confirms.
  await expect(asDesigner.actions().getByRole("button", { name: "Confirm delivery" })).toHaveCount(0);

  await requesterPage.reload();
  await asRequester.click("Confirm delivery");
  await asRequester.expectStatus("Completed · confirmed");
  const timeline = requesterPage.getByTestId("ticket-timeline");
  for (const step of ["Dept approved", "Creative approved", "Started", "Completed", "Confirmed"]) {
    await expect(timeline.locator("li", { hasText: step })).toHaveAttribute("data-done", "true");
  }
  await expect(asRequester.actions().getByRole("button", { name: "Confirm delivery" })).toHaveCount(0);
});

test("a rejection's reason is shown to the requester, who is notified through the bell", async ({ browser }) => {
  test.setTimeout(120_000);
  const org = await organisation();
  const title = unique("Poster ");

  const requesterPage = await sessionOf(browser, org.requester);
  const path = await new TicketsPage(requesterPage).request({ title });

  const asDeptManager = new TicketPage(await sessionOf(browser, org.deptManager));
  await asDeptManager.goto(path);
  await asDeptManager.reject("Out of budget this quarter.");
  await asDeptManager.expectStatus("Rejected");

  const asRequester = new TicketPage(requesterPage);
  // The bell counts the unread notification; its popover's link opens the ticket, which reads it.
  await requesterPage.goto("/");
  await expect(requesterPage.getByTestId("unread-count")).toBeVisible();
  await requesterPage.getByTestId("notification-bell").click();
  const unread = requesterPage.getByTestId("notification-popover").locator('[data-testid="notification"][data-read="false"]');
  await expect(unread.first()).toContainText("was rejected");
  await unread.first().getByRole("link").click();
  await expect(requesterPage).toHaveURL(/\/tickets\/T-\d+$/);
  await asRequester.expectStatus("Rejected");
  await expect(asRequester.rejectionReason()).toHaveText("Rejected by Test manager: Out of budget this quarter.");
  await expect(requesterPage.getByTestId("unread-count")).toHaveCount(0);
});

test("a ticket the user cannot see is not found, also by URL", async ({ browser }) => {
  const org = await organisation();
  const requesterPage = await sessionOf(browser, org.requester);
  const path = await new TicketsPage(requesterPage).request({ title: unique("Private ") });
  const outsider = await sessionOf(browser, await createUser("member"));
  const response = await outsider.goto(path);
  expect(response?.status()).toBe(404);
});

test("the request form shows each field's error and keeps what was typed; a ticket opens by its T-number", async ({ page }) => {
  const org = await organisation();
  await new LoginPage(page).signInAs(org.requester.username, org.requester.password);
  const tickets = new TicketsPage(page);
  await tickets.gotoNew();
  await page.getByLabel("Description").fill("Kept after the error");
  await page.getByLabel("Estimated hours").fill("-3");
  await page.getByRole("button", { name: "Submit request" }).click();
  await expect(page.getByTestId("title-error")).toHaveText("Title is required");
  await expect(page.getByTestId("estimatedHours-error")).toContainText("negative");
  await expect(page.getByLabel("Description")).toHaveValue("Kept after the error");

  const title = unique("Numbered ");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Estimated hours").fill("3");
  await page.getByRole("button", { name: "Submit request" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(title);
  const key = /^(T-\d+)/.exec((await heading.textContent()) ?? "")![1];
  await page.goto(`/tickets/${key}`);
  await expect(heading).toContainText(title);
});

test("the list keeps its filters in the URL and exports what it shows as CSV", async ({ page }) => {
  const org = await organisation();
  await new LoginPage(page).signInAs(org.requester.username, org.requester.password);
  const title = unique("Filtered ");
  await new TicketsPage(page).request({ title, priority: "urgent" });
  await page.goto("/tickets");
  await page.getByLabel("Priorities").selectOption("urgent");
  await expect(page).toHaveURL(/priority=urgent/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByLabel("Priorities").selectOption("low");
  await expect(page).toHaveURL(/priority=low/);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Priorities")).toHaveValue("low");

  const csv = await page.request.get("/tickets/export.csv?priority=urgent");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toContain("number,title,status");
  expect(text).toContain(title);
  expect(await (await page.request.get("/tickets/export.csv?priority=low")).text()).not.toContain(title);
});

test("a manager rolls back an approval after seeing what it restores; trash, restore and delete forever", async ({ browser }) => {
  test.setTimeout(120_000);
  const org = await organisation();
  const title = unique("Rollback ");
  const requesterPage = await sessionOf(browser, org.requester);
  const description = "**Urgent** print run\n\n- front\n- back\n\n[the brief](https://example.com/brief)\n\n<script>alert(1)</script>";
  const path = await new TicketsPage(requesterPage).request({ title, description });
  // The description is markdown; raw HTML in it is shown as text, never run.
  const rendered = requesterPage.getByTestId("ticket-description");
  await expect(rendered.locator("strong")).toHaveText("Urgent");
  await expect(rendered.getByRole("listitem")).toHaveText(["front", "back"]);
  await expect(rendered.getByRole("link", { name: "the brief" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(rendered).toContainText("<script>alert(1)</script>");
  await expect(rendered.locator("script")).toHaveCount(0);

  const managerPage = await sessionOf(browser, org.deptManager);
  const asManager = new TicketPage(managerPage);
  await asManager.goto(path);
  await asManager.approve();
  await asManager.expectStatus("Creative approval");
  const history = managerPage.getByTestId("ticket-history");
  await history.getByRole("button", { name: "Rollback" }).click();
  const dialog = managerPage.getByRole("dialog");
  // Fields and values as people say them: labels, status words and names, never ids.
  await expect(dialog).toContainText("Status: Creative approval → Dept approval");
  await expect(dialog).toContainText("Dept approver: Test manager → —");
  await expect(dialog).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await dialog.getByRole("button", { name: "Roll back" }).click();
  await asManager.expectStatus("Dept approval");
  await expect(history).toContainText("rolled back");
  // The toast's Undo takes the rollback back (itself a rollback, to the entry before it).
  await managerPage.locator("[data-sonner-toast]").filter({ hasText: "Rolled back." }).getByRole("button", { name: "Undo" }).click();
  await asManager.expectStatus("Creative approval");
  await expect(managerPage.locator("[data-sonner-toast]").filter({ hasText: "Rolled back again." })).toBeVisible();

  const asRequester = new TicketPage(requesterPage);
  await requesterPage.reload();
  await asRequester.trash();
  await expect(requesterPage).toHaveURL(/\/tickets$/);
  expect((await requesterPage.goto(path))?.status()).toBe(404);

  const adminPage = await sessionOf(browser, { username: ADMIN.username, password: ADMIN.password } as TestUser);
  await adminPage.goto("/tickets/trash");
  const row = adminPage.getByRole("row", { name: new RegExp(title) });
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(row).toHaveCount(0);
  expect((await requesterPage.goto(path))?.status()).toBe(200);

  await asRequester.trash();
  await expect(requesterPage).toHaveURL(/\/tickets$/);
  await adminPage.reload();
  await row.getByRole("button", { name: "Delete forever" }).click();
  await adminPage.getByRole("dialog").getByRole("button", { name: "Delete forever" }).click();
  await expect(row).toHaveCount(0);
});
