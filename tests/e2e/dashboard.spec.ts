import type { Page } from "@playwright/test";
import { adminAccess, apiCall, apiLogin, createDepartment, createUser, unique, type TestUser } from "../support/api";
import { expect, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";
import { LoginPage } from "./pages/login-page";

type Ticket = { id: string };
type Dashboard = { lastSevenDays: { day: string; created: number }[] };

async function newTicket(token: string, extra: Record<string, unknown> = {}): Promise<Ticket> {
  const res = await apiCall<Ticket>("POST", "/tickets", token, { title: unique("Dashboard "), ...extra });
  expect(res.status).toBe(201);
  return res.body;
}

async function act(token: string, ticket: Ticket, action: string, body?: unknown) {
  const res = await apiCall("POST", `/tickets/${ticket.id}/${action}`, token, body);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
}

/**
 * People of their own (fresh departments), so other tests' tickets never change their numbers: a
 * member who requests four tickets and collaborates on a fifth, and a manager of a creative
 * department who is assigned two of them.
 */
async function dataSet() {
  const admin = await adminAccess();
  const studio = await createDepartment({ isCreative: true });
  const marketing = await createDepartment();
  const [member, colleague, lead] = await Promise.all([
    createUser("member", { departmentId: marketing.id }),
    createUser("member", { departmentId: marketing.id }),
    createUser("manager", { departmentId: studio.id }),
  ]);
  const token = await apiLogin(member.username, member.password);

  await newTicket(token, { priority: "urgent", deadline: "2020-01-01T00:00:00Z" }); // requested, overdue
  await act(admin, await newTicket(token), "reject", { reason: "Out of scope" }); // rejected
  const approved = await newTicket(token, { priority: "low" });
  await act(admin, approved, "approve");
  await act(admin, approved, "approve");
  await act(admin, approved, "assign", { assigneeId: lead.id });
  const started = await newTicket(token, { priority: "high" });
  await act(admin, started, "approve");
  await act(admin, started, "approve");
  await act(admin, started, "assign", { assigneeId: lead.id });
  await act(admin, started, "start");
  // The member sees this one in the list (a collaborator) but the dashboard does not count it.
  const theirs = await newTicket(await apiLogin(colleague.username, colleague.password));
  await act(admin, theirs, "collaborators", { userId: member.id });
  return { member, lead, token };
}

async function signIn(page: Page, user: TestUser) {
  await new LoginPage(page).signInAs(user.username, user.password);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  return dashboard;
}

test("a member's dashboard counts their own tickets, and every number opens a list of exactly those tickets", async ({ page }) => {
  test.setTimeout(180_000);
  const { member, token } = await dataSet();
  const dashboard = await signIn(page, member);
  const cards = { total: 4, requested: 1, pending_creative: 0, approved: 1, in_progress: 1, completed: 0, rejected: 1, overdue: 1, "assigned-to-me": 0 } as const;
  await dashboard.expectCards(cards);

  // Total: four, though the member can see five tickets in the full list.
  await dashboard.openCard("total", 4);
  await page.getByRole("button", { name: "Clear filter: Tickets you requested or are assigned to" }).click();
  await expect(dashboard.listTotal()).toHaveText("5 results");

  for (const id of ["overdue", "in_progress"] as const) {
    await dashboard.goto();
    await dashboard.openCard(id, cards[id]);
  }

  await dashboard.goto();
  await dashboard.openStatus("Dept approval", 1);
  await dashboard.goto();
  await dashboard.openStatus("Rejected", 1);

  // Today, in the organisation's time zone, is the chart's last day.
  const today = (await apiCall<Dashboard>("GET", "/dashboard/tickets", token)).body.lastSevenDays[6];
  expect(today.created).toBe(4);
  await dashboard.goto();
  await dashboard.openCreatedOn(today.day, 4);
  await dashboard.goto();
  await dashboard.clickCreatedPoint(today.day, 6, 4);
});

test("a manager's dashboard counts every ticket; their own open assignments open the matching list", async ({ page }) => {
  test.setTimeout(180_000);
  const { lead } = await dataSet();
  const dashboard = await signIn(page, lead);
  await expect(page.getByText("All tickets not in trash.")).toBeVisible();
  // Everyone's tickets count here (other tests add theirs): only the manager's own card is exact.
  await dashboard.openCard("assigned-to-me", 2);
});
