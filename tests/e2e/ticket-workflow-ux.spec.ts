import type { Browser, Page } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser, unique, type TestUser } from "../support/api";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { TicketPage } from "./pages/tickets-page";

type Ticket = { id: string; key: string; version: number };

async function sessionOf(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await newClient(browser)).newPage();
  await new LoginPage(page).signInAs(user.username, user.password);
  return page;
}

/** A requesting department (named manager + a second manager), a creative department (manager, designer), a requester. */
async function organisation() {
  const deptManager = await createUser("manager");
  const dept = await createDepartment({ managerId: deptManager.id });
  const otherManager = await createUser("manager", { departmentId: dept.id });
  const creativeManager = await createUser("manager");
  const studio = await createDepartment({ isCreative: true, managerId: creativeManager.id });
  const designer = await createUser("member", { departmentId: studio.id });
  const requester = await createUser("member", { departmentId: dept.id });
  const token = async (u: TestUser) => apiLogin(u.username, u.password);
  return { dept, studio, deptManager, otherManager, creativeManager, designer, requester, token };
}

const act = async (token: string, ticket: Ticket, action: string, body?: unknown) => {
  const res = await apiCall<Ticket>("POST", `/tickets/${ticket.id}/${action}`, token, body);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

test("the banner says whom the ticket waits on, to that person and to the others, at every stage", async ({ browser }) => {
  test.setTimeout(180_000);
  const org = await organisation();
  const requesterToken = await org.token(org.requester);
  let ticket = (await apiCall<Ticket>("POST", "/tickets", requesterToken, { title: unique("Flyer ") })).body;
  const path = `/tickets/${ticket.id}`;

  const asRequester = new TicketPage(await sessionOf(browser, org.requester));
  const asManager = new TicketPage(await sessionOf(browser, org.deptManager));
  const asCreative = new TicketPage(await sessionOf(browser, org.creativeManager));
  const asDesigner = new TicketPage(await sessionOf(browser, org.designer));
  const banner = async (who: TicketPage, text: string) => {
    await who.goto(path);
    await expect(who.waitingOn()).toHaveText(text);
  };

  await banner(asRequester, `Waiting for Test manager (${org.dept.name} manager) to approve`);
  await banner(asManager, "Waiting for you to approve or reject");
  // The step to take is in the header; the action's answer is a toast.
  await asManager.approve();
  await expect(asManager.page.getByText("Approved.", { exact: true })).toBeVisible();
  // Named when one creative department has a manager; other tests' creative departments may share the server.
  await expect(asManager.waitingOn()).toHaveText(/^Waiting for (the creative manager|Test manager \(.+ manager\)) to approve$/);

  await banner(asCreative, "Waiting for you to approve or reject");
  await asCreative.approve();
  await expect(asCreative.waitingOn()).toHaveText("Waiting for a designer to be assigned: assign one");
  await banner(asRequester, "Waiting for a designer to be assigned");

  ticket = await act(await org.token(org.creativeManager), ticket, "assign", { assigneeId: org.designer.id });
  await banner(asDesigner, "Waiting for you to start work");
  await asDesigner.click("Start work");
  await expect(asDesigner.waitingOn()).toHaveText("Waiting for you to complete the work");
  await asDesigner.click("Mark completed");
  await expect(asDesigner.waitingOn()).toHaveText("Waiting for Test member (requester) to confirm or request changes");

  await banner(asRequester, "Waiting for you to confirm or request changes");
  await asRequester.click("Confirm delivery");
  await expect(asRequester.waitingOn()).toHaveText("Done: confirmed by you");
});

test("trash from the ⋯ menu answers with a toast whose Undo restores the ticket", async ({ browser }) => {
  const org = await organisation();
  const ticket = (await apiCall<Ticket>("POST", "/tickets", await org.token(org.requester), { title: unique("Sticker ") })).body;
  const page = await sessionOf(browser, org.deptManager);
  const asManager = new TicketPage(page);
  await asManager.goto(`/tickets/${ticket.id}`);
  // No Trash button beside the primary action: it is in the menu.
  await expect(asManager.actions().getByRole("button", { name: "Trash" })).toHaveCount(0);
  await asManager.trash();
  await expect(page).toHaveURL(/\/tickets$/);
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: `${ticket.key} moved to trash.` });
  await expect(toast).toBeVisible();
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Restored from trash." })).toBeVisible();
  expect((await page.goto(`/tickets/${ticket.id}`))?.status()).toBe(200);
  await expect(asManager.waitingOn()).toHaveText("Waiting for you to approve or reject");
});

test("on the board a drag runs the transition the rules allow and shows the reason they refuse", async ({ browser }) => {
  test.setTimeout(120_000);
  const org = await organisation();
  const prefix = unique("Board ");
  const requesterToken = await org.token(org.requester);
  const ticket = (await apiCall<Ticket>("POST", "/tickets", requesterToken, { title: `${prefix} one` })).body;
  const second = (await apiCall<Ticket>("POST", "/tickets", requesterToken, { title: `${prefix} two` })).body;
  const board = `/tickets/board?q=${encodeURIComponent(prefix)}`;
  const card = (page: Page, key: string) => page.locator(`[data-testid="board-card"][data-key="${key}"]`);
  const column = (page: Page, status: string) => page.getByTestId(`board-column-${status}`);

  // The requester may not approve their own request: the drag is refused, with the rule's reason.
  const requesterPage = await sessionOf(browser, org.requester);
  await requesterPage.goto(board);
  await expect(column(requesterPage, "requested").getByTestId("board-card")).toHaveCount(2);
  await card(requesterPage, ticket.key).dragTo(column(requesterPage, "pending_creative"));
  await expect(requesterPage.locator("[data-sonner-toast]")).toContainText(`${ticket.key} cannot move to Creative approval: Only an admin or a manager can approve tickets.`);
  await expect(column(requesterPage, "requested").locator(`[data-key="${ticket.key}"]`)).toBeVisible();

  // Their department's manager may: the same drag approves the department step.
  const managerPage = await sessionOf(browser, org.deptManager);
  await managerPage.goto(board);
  await card(managerPage, ticket.key).dragTo(column(managerPage, "pending_creative"));
  await expect(managerPage.locator("[data-sonner-toast]").filter({ hasText: `${ticket.key}: Approved.` })).toBeVisible();
  await expect(column(managerPage, "pending_creative").locator(`[data-key="${ticket.key}"]`)).toBeVisible();
  const history = await apiCall<{ items: { action: string }[] }>("GET", `/tickets/${ticket.id}/history`, requesterToken);
  expect(history.body.items.map((h) => h.action)).toContain("ticket.dept_approved");

  // Without a mouse: the card's menu offers the moves the rules allow.
  await card(managerPage, second.key).getByRole("button", { name: `Move ${second.key}` }).press("Enter");
  await managerPage.getByRole("menuitem", { name: "Reject → Rejected" }).press("Enter");
  await expect(column(managerPage, "rejected").locator(`[data-key="${second.key}"]`)).toBeVisible();
});

test("opening a ticket reads its notifications; an approval decided by one manager is settled for the other", async ({ browser }) => {
  test.setTimeout(120_000);
  const org = await organisation();
  const ticket = (await apiCall<Ticket>("POST", "/tickets", await org.token(org.requester), { title: unique("Leaflet ") })).body;

  // Both managers of the department are asked to approve.
  const otherPage = await sessionOf(browser, org.otherManager);
  await expect(otherPage.getByTestId("unread-count")).toHaveText("1");
  await otherPage.getByTestId("notification-bell").click();
  await expect(otherPage.getByTestId("notification-popover").getByTestId("notification")).toContainText([`${ticket.key} waits for your approval`]);
  await otherPage.keyboard.press("Escape");

  const managerPage = await sessionOf(browser, org.deptManager);
  await expect(managerPage.getByTestId("unread-count")).toHaveText("1");
  // Opening the ticket reads it.
  await managerPage.goto(`/tickets/${ticket.id}`);
  await expect(managerPage.getByTestId("unread-count")).toHaveCount(0);
  await new TicketPage(managerPage).approve();
  await expect(new TicketPage(managerPage).waitingOn()).toContainText("to approve");

  // The other manager's request to approve is settled: nothing unread, the item shows read.
  await otherPage.reload();
  await expect(otherPage.getByTestId("unread-count")).toHaveCount(0);
  await otherPage.getByTestId("notification-bell").click();
  await expect(otherPage.getByTestId("notification-popover").locator('[data-testid="notification"][data-read="true"]')).toHaveCount(1);

  // The creative manager is asked next; the popover's "Mark all read" clears it without opening anything.
  const creativePage = await sessionOf(browser, org.creativeManager);
  await expect(creativePage.getByTestId("unread-count")).toBeVisible();
  await creativePage.getByTestId("notification-bell").click();
  const popover = creativePage.getByTestId("notification-popover");
  await expect(popover.getByTestId("notification")).toContainText([`${ticket.key} waits for your creative approval`]);
  await popover.getByRole("button", { name: "Mark all read" }).click();
  await expect(creativePage.getByTestId("unread-count")).toHaveCount(0);
  await expect(popover.locator('[data-testid="notification"][data-read="false"]')).toHaveCount(0);
});
