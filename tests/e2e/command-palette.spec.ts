import type { Browser, Page } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser, unique, type TestUser } from "../support/api";
import { expect, newClient, test } from "./fixtures";
import { CommandPalette } from "./pages/command-palette";
import { LoginPage } from "./pages/login-page";
import { TicketComments } from "./pages/ticket-comments";
import { TicketPage } from "./pages/tickets-page";

// Shortcuts and dates must behave the same away from UTC.
test.use({ timezoneId: "America/New_York" });

async function sessionOf(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await newClient(browser)).newPage();
  await new LoginPage(page).signInAs(user.username, user.password);
  return page;
}

async function ticketOf(user: TestUser, title: string) {
  const token = await apiLogin(user.username, user.password);
  const res = await apiCall<{ id: string; key: string; title: string }>("POST", "/tickets", token, { title, description: "From the palette spec", priority: "medium" });
  expect(res.status).toBe(201);
  return { ...res.body, token };
}

test("⌘K finds a visible ticket by key and by word and opens it; never someone else's", async ({ browser }) => {
  const dept = await createDepartment();
  const ana = await createUser("member", { departmentId: dept.id });
  const other = await createUser("member", { departmentId: dept.id });
  const word = unique("Walrus");
  const mine = await ticketOf(ana, `${word} banner`);
  const theirs = await ticketOf(other, `${word} hidden poster`);

  const page = await sessionOf(browser, ana);
  const palette = new CommandPalette(page);

  await palette.search(mine.key, new RegExp(`${mine.key}.*${word} banner`));
  await palette.choose(new RegExp(mine.key));
  await expect(page).toHaveURL(new RegExp(`/tickets/${mine.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${mine.key} · ${word} banner`);

  await page.goto("/");
  await palette.search(word.toLowerCase(), new RegExp(`${word} banner`));
  // The other member's ticket shares the word, and still does not show — nor by its key.
  await expect(palette.group("Tickets").getByRole("option")).toHaveCount(1);
  await palette.choose(new RegExp(`${word} banner`));
  await expect(page).toHaveURL(new RegExp(`/tickets/${mine.id}$`));
  await palette.open();
  await palette.input().fill(theirs.key);
  await expect(palette.dialog().getByText("Nothing found.")).toBeVisible();
  // Members get no directory of people: pages and tickets only.
  await palette.input().fill(other.username);
  await expect(palette.dialog().getByText("Nothing found.")).toBeVisible();
  await expect(palette.group("People")).toHaveCount(0);

  // Pages the role can reach: members see no admin pages.
  await palette.input().fill("users");
  await expect(palette.dialog().getByText("Nothing found.")).toBeVisible();
  await palette.input().fill("new req");
  await palette.choose("New request");
  await expect(page).toHaveURL(/\/tickets\/new$/);
});

test("the palette runs the actions the person may take on the ticket now, a reason when one is needed", async ({ browser }) => {
  const admin = await createUser("admin");
  const requester = await createUser("member", { departmentId: (await createDepartment()).id });
  const approveMe = await ticketOf(requester, unique("Approve me "));
  const rejectMe = await ticketOf(requester, unique("Reject me "));

  const page = await sessionOf(browser, admin);
  const palette = new CommandPalette(page);
  const ticket = new TicketPage(page);

  await ticket.goto(`/tickets/${approveMe.id}`);
  await ticket.expectStatus(/Dept approval/i);
  await palette.search("approve", `Approve ${approveMe.key}`);
  // Only what the admin may do now: no start, no confirm.
  await expect(palette.group(`Actions on ${approveMe.key}`).getByRole("option")).toHaveText([`Approve ${approveMe.key}`]);
  await palette.choose(`Approve ${approveMe.key}`);
  await expect(palette.dialog()).toBeHidden();
  await ticket.expectStatus(/Creative approval/i);

  await ticket.goto(`/tickets/${rejectMe.id}`);
  await palette.search("reject", `Reject ${rejectMe.key}…`);
  await palette.choose(`Reject ${rejectMe.key}…`);
  await palette.dialog().getByLabel("Reason (optional)").fill("Out of budget this quarter");
  await palette.dialog().getByRole("button", { name: "Reject" }).click();
  await expect(palette.dialog()).toBeHidden();
  await ticket.expectStatus(/Rejected/i);
  await expect(ticket.rejectionReason()).toHaveText("Rejected by you: Out of budget this quarter");

  // The requester, on their own open ticket, is offered no approval at all.
  const asRequester = await sessionOf(browser, requester);
  const theirPalette = new CommandPalette(asRequester);
  await asRequester.goto(`/tickets/${approveMe.id}`);
  await theirPalette.open();
  await expect(theirPalette.group(`Actions on ${approveMe.key}`).getByRole("option")).toHaveText(["Move to trash…"]);
});

test("? lists every shortcut; c opens a new request, but not while typing; g t goes to tickets", async ({ browser }) => {
  const user = await createUser("member", { departmentId: (await createDepartment()).id });
  const page = await sessionOf(browser, user);
  await page.goto("/tickets");

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const text of ["Open the command palette", "New request", "Search this list", "Next row in a list", "Previous row in a list", "Go to the dashboard"]) {
    await expect(help.getByTestId("shortcut").filter({ hasText: text })).toBeVisible();
  }
  // A key pressed while the dialog is open belongs to the dialog.
  await page.keyboard.press("c");
  await expect(page).toHaveURL(/\/tickets$/);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // "/" focuses the list's search; typing "c" there is text, not a shortcut.
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toBeFocused();
  await page.keyboard.type("cc");
  await expect(search).toHaveValue("cc");
  await expect(page).toHaveURL(/\/tickets(\?.*)?$/);
  expect(new URL(page.url()).pathname).toBe("/tickets");

  // With a modifier it is the browser's, not ours.
  await search.blur();
  await page.keyboard.press("Alt+c");
  expect(new URL(page.url()).pathname).toBe("/tickets");
  await page.keyboard.press("c");
  await expect(page).toHaveURL(/\/tickets\/new$/);
  await expect(page.getByLabel("Title")).toBeVisible();

  await page.getByLabel("Title").fill("g then t");
  await page.getByLabel("Title").blur();
  await page.keyboard.press("g");
  await page.keyboard.press("t");
  await expect(page).toHaveURL(/\/tickets$/);
});

test("j and k move through the tickets list and Enter opens the selected ticket", async ({ browser }) => {
  const user = await createUser("member", { departmentId: (await createDepartment()).id });
  const older = await ticketOf(user, unique("Older "));
  const newer = await ticketOf(user, unique("Newer "));
  const page = await sessionOf(browser, user);
  await page.goto("/tickets");
  // Rows as drawn: the phone cards of the same tickets are hidden at this width.
  const rows = page.locator("[data-row]").filter({ visible: true });
  await expect(rows).toHaveCount(2);

  await page.keyboard.press("j");
  await expect(rows.nth(0)).toBeFocused();
  await expect(rows.nth(0)).toContainText(newer.title);
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tickets/${older.id}$`));
});

test("@ in a comment offers only people who can see the ticket; Enter inserts; Preview renders markdown", async ({ browser }) => {
  const dept = await createDepartment();
  const ana = await createUser("member", { departmentId: dept.id });
  const ben = await createUser("member", { departmentId: dept.id });
  const outsider = await createUser("member", { departmentId: dept.id });
  const ticket = await ticketOf(ana, unique("Mentions "));
  expect((await apiCall("POST", `/tickets/${ticket.id}/collaborators`, ticket.token, { userId: ben.id })).status).toBe(200);

  const page = await sessionOf(browser, ana);
  await page.goto(`/tickets/${ticket.id}`);
  const comments = new TicketComments(page);
  const box = comments.box();
  const list = page.getByRole("listbox", { name: "People to mention" });

  // The outsider cannot see the ticket: typing their whole username offers nothing.
  await box.click();
  await page.keyboard.type(`Ping @${outsider.username}`);
  await page.waitForTimeout(500);
  await expect(list).toHaveCount(0);
  await box.fill("");

  // Members' usernames share a prefix: Ben (a collaborator) is offered, the outsider never. Other
  // specs may promote a member to manager meanwhile (managers see every ticket), so the whole
  // username narrows the list to Ben before Enter.
  await page.keyboard.type("Hello @member_");
  await expect(list.getByRole("option", { name: new RegExp(`@${ben.username}`) })).toHaveCount(1);
  await expect(list.getByRole("option", { name: new RegExp(`@${outsider.username}`) })).toHaveCount(0);
  await page.keyboard.type(ben.username.slice("member_".length));
  await expect(list.getByRole("option")).toHaveCount(1);
  await expect(list.getByRole("option")).toContainText(`@${ben.username}`);
  // The box points at the open list (aria-expanded is not allowed on a textarea).
  await expect(box).toHaveAttribute("aria-controls", /.+/);
  await page.keyboard.press("Enter");
  await expect(list).toHaveCount(0);
  await expect(box).toHaveValue(`Hello @${ben.username} `);
  await page.keyboard.type("please check **the logo**\n- one\n- two");

  await comments.commentForm().getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("comment-preview");
  await expect(preview.locator("strong")).toHaveText("the logo");
  await expect(preview.locator("li")).toHaveText(["one", "two"]);
  await comments.commentForm().getByRole("button", { name: "Write" }).click();
  await expect(box).toBeFocused();

  await comments.commentForm().getByRole("button", { name: "Comment" }).click();
  await comments.expectCount(1);
  const posted = comments.comment("please check");
  await expect(posted.getByTestId("mention")).toHaveText(`@${ben.username}`);
  await expect(posted.locator("strong")).toHaveText("the logo");
});
