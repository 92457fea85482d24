import { formatDateTime } from "../../lib/time/zone";
import type { Browser, Page } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser, unique, type TestUser } from "../support/api";
import { expect, newClient, test } from "./fixtures";
import { ListPage } from "./pages/list-page";
import { LoginPage } from "./pages/login-page";

// Relative dates and their exact hover text are the browser's: run where the clock is not UTC.
const ZONE = "America/New_York";
test.use({ timezoneId: ZONE, locale: "en-US" });

type Ticket = { id: string; key: string; title: string };
const HOUR = 3_600_000;

async function newTicket(token: string, body: Record<string, unknown>): Promise<Ticket> {
  const res = await apiCall<Ticket>("POST", "/tickets", token, { description: "For the list", ...body });
  expect(res.status).toBe(201);
  return res.body;
}

async function member(): Promise<TestUser & { token: string }> {
  const department = await createDepartment();
  const user = await createUser("member", { departmentId: department.id });
  return { ...user, token: await apiLogin(user.username, user.password) };
}

async function signedIn(browser: Browser, user: TestUser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newClient(browser);
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await new LoginPage(page).signInAs(user.username, user.password);
  return page;
}

test("a column header sorts the list on the server, shows its direction and keeps it in the URL", async ({ browser }) => {
  const me = await member();
  const prefix = unique("Sort ");
  // Whole minutes, so the exact time on hover can be named.
  const base = Math.ceil(Date.now() / 60_000) * 60_000;
  const soon = await newTicket(me.token, { title: `${prefix} soon`, deadline: new Date(base + 26 * HOUR).toISOString() });
  const later = await newTicket(me.token, { title: `${prefix} later`, deadline: new Date(base + 74 * HOUR).toISOString() });
  const middle = await newTicket(me.token, { title: `${prefix} middle`, deadline: new Date(base + 50 * HOUR).toISOString() });
  const page = await signedIn(browser, me);
  const list = new ListPage(page);
  await page.goto(`/tickets?q=${encodeURIComponent(prefix)}`);
  await list.expectRowCount(3);

  await list.sortBy("Deadline");
  await expect(page).toHaveURL(/[?&]sort=deadline/);
  await expect(page).toHaveURL(/[?&]order=asc/);
  await expect(list.header("Deadline")).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => list.column(3)).toEqual([soon.title, middle.title, later.title]);

  await list.sortBy("Deadline");
  await expect(page).toHaveURL(/[?&]order=desc/);
  await expect(list.header("Deadline")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => list.column(3)).toEqual([later.title, middle.title, soon.title]);
  // A column the server cannot sort by offers no sorting.
  await expect(list.header("Requester").getByRole("button")).toHaveCount(0);

  // The sort survives a reload; dates are compact, the exact local time is on hover.
  await page.reload();
  await expect.poll(() => list.column(3)).toEqual([later.title, middle.title, soon.title]);
  const deadline = list.cell(list.row(soon.title), 9).locator("time");
  await expect(deadline).toHaveText("in 1d");
  await expect(deadline).toHaveAttribute("title", formatDateTime(new Date(base + 26 * HOUR), ZONE, true));
  await expect(list.cell(list.row(soon.title), 5)).toHaveText("Medium");

  // The whole row opens the ticket, by mouse and by keyboard.
  await list.cell(list.row(middle.title), 8).click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${middle.id}$`));
  await page.goBack();
  await list.row(later.title).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tickets/${later.id}$`));
});

test("page size is chosen in the URL, and one button clears every filter but keeps it", async ({ browser }) => {
  test.setTimeout(120_000);
  const me = await member();
  const prefix = unique("Paged ");
  for (let i = 0; i < 11; i++) await newTicket(me.token, { title: `${prefix} ${String(i).padStart(2, "0")}`, priority: "low" });
  const page = await signedIn(browser, me);
  const list = new ListPage(page);
  await page.goto(`/tickets?q=${encodeURIComponent(prefix)}&priority=low`);
  await list.expectRowCount(11);

  await list.pageSize(10);
  await expect(page).toHaveURL(/[?&]pageSize=10/);
  await list.expectRowCount(10);
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await list.expectRowCount(1);

  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page).not.toHaveURL(/[?&](q|priority)=/);
  await expect(page).toHaveURL(/[?&]pageSize=10/);
  await expect(page.getByLabel("Search")).toHaveValue("");
  await expect(page.getByLabel("Priorities")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Clear all filters" })).toHaveCount(0);
  // Back to page 1 of everything this member sees: the eleven and nothing else.
  await expect(page.getByTestId("list-total")).toHaveText("11 results");
});

test("bulk trash moves the member's own requests and reports, per ticket, the one the rules refuse", async ({ browser }) => {
  const me = await member();
  const colleague = await member();
  const prefix = unique("Bulk ");
  const mine = await newTicket(me.token, { title: `${prefix} mine` });
  const theirs = await newTicket(colleague.token, { title: `${prefix} theirs` });
  // The member sees the colleague's ticket as a collaborator, but did not request it.
  expect((await apiCall("POST", `/tickets/${theirs.id}/collaborators`, colleague.token, { userId: me.id })).status).toBe(200);

  const page = await signedIn(browser, me);
  const list = new ListPage(page);
  await page.goto(`/tickets?q=${encodeURIComponent(prefix)}`);
  await list.expectRowCount(2);
  await list.select(mine.key);
  await list.select(theirs.key);
  await expect(page.getByTestId("selected-count")).toHaveText("2 selected");
  // A member cannot assign: the action is not offered.
  await expect(page.getByRole("button", { name: "Assign" })).toHaveCount(0);
  await page.getByRole("button", { name: "Move to trash" }).click();

  await expect(list.bulkResult()).toContainText("1 moved to trash, 1 refused");
  await expect(list.bulkResult().getByRole("listitem")).toHaveText(`${theirs.key}: Only the requester or an admin/manager can move this ticket to trash.`);
  await list.expectRowCount(1);
  await expect(list.row(theirs.title)).toBeVisible();
});

test("a saved view names the current filters, pins into the sidebar and opens them again", async ({ browser }) => {
  const me = await member();
  const name = unique("Urgent ");
  const page = await signedIn(browser, me);
  const list = new ListPage(page);
  await page.goto("/tickets?priority=urgent&sort=deadline&order=asc");

  await list.savedViews().getByRole("button", { name: "Save view" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Pin to the sidebar").check();
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(dialog).toBeHidden();
  await expect(list.savedViews().getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  await expect(list.sidebar().getByRole("link", { name })).toBeVisible();

  // From anywhere, the pinned view opens the list as it was saved.
  await page.goto("/notifications");
  await list.sidebar().getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/tickets\?/);
  await expect(page).toHaveURL(/priority=urgent/);
  await expect(page).toHaveURL(/sort=deadline/);
  await expect(page.getByLabel("Priorities")).toHaveValue("urgent");

  await list.savedViews().getByRole("button", { name: `Unpin ${name}` }).click();
  await expect(list.sidebar().getByRole("link", { name })).toHaveCount(0);
  await expect(list.savedViews().getByRole("link", { name })).toBeVisible();

  // Another user has views of their own, not this one.
  const other = await member();
  const otherPage = await signedIn(browser, other);
  await otherPage.goto("/tickets");
  await expect(new ListPage(otherPage).savedViews().getByRole("link", { name })).toHaveCount(0);
});

test("on a phone the list is cards and the filters wait behind a button", async ({ browser }) => {
  const me = await member();
  const title = unique("Phone ");
  const ticket = await newTicket(me.token, { title, priority: "urgent", deadline: new Date(Date.now() + 50 * HOUR).toISOString() });
  const page = await signedIn(browser, me, { width: 390, height: 844 });
  const list = new ListPage(page);
  await page.goto(`/tickets?q=${encodeURIComponent(title)}`);

  await expect(list.table()).toBeHidden();
  const card = list.cards().filter({ hasText: title });
  await expect(card).toBeVisible();
  for (const text of [ticket.key, title, "Dept approval", "Urgent", "Due in 2d"]) await expect(card).toContainText(text);

  await expect(page.getByLabel("Priorities")).toBeHidden();
  await expect(page.getByLabel("Search")).toBeVisible();
  await page.getByRole("button", { name: "Filters" }).click();
  await expect(page.getByLabel("Priorities")).toBeVisible();
  await page.getByLabel("Priorities").selectOption("urgent");
  await expect(page).toHaveURL(/priority=urgent/);
  await expect(page.getByRole("button", { name: "Filters (1)" })).toBeVisible();

  await card.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
});
