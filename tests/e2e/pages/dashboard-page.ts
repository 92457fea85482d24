import { expect, type Page } from "@playwright/test";

/** Card ids as the dashboard's test ids name them. */
export type DashboardCardId = "total" | "requested" | "pending_creative" | "approved" | "in_progress" | "completed" | "rejected" | "overdue" | "assigned-to-me";

/** The ticket dashboard (the home page), and where its numbers lead. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  readonly card = (id: DashboardCardId) => this.page.getByTestId(`card-${id}`);
  readonly statusLegend = () => this.page.getByTestId("chart-status").getByRole("list", { name: "Tickets by status" });
  /** The ticket list's "N results" line, once a link has led there. */
  readonly listTotal = () => this.page.getByTestId("list-total");

  async goto() {
    await this.page.goto("/");
  }

  async expectCards(values: Partial<Record<DashboardCardId, number>>) {
    for (const [id, value] of Object.entries(values)) {
      await expect(this.card(id as DashboardCardId).locator('[data-slot="card-title"]'), id).toHaveText(String(value));
    }
  }

  /** Opens a card's list and checks it holds as many tickets as the card said. */
  async openCard(id: DashboardCardId, expected: number) {
    await expect(this.card(id).locator('[data-slot="card-title"]')).toHaveText(String(expected));
    await this.card(id).click();
    await this.expectList(expected);
  }

  /** Opens a status's list through its legend entry (the pie's slices lead to the same list). */
  async openStatus(label: string, expected: number) {
    await this.statusLegend().getByRole("link", { name: new RegExp(`^${label} ${expected}$`) }).click();
    await this.expectList(expected);
  }

  /** Opens the list of tickets created on a day through the day's label under the line chart. */
  async openCreatedOn(day: string, expected: number) {
    await this.page.getByRole("link", { name: `Tickets created on ${day}` }).click();
    await this.expectList(expected);
  }

  /** Opens the same list by clicking the day's point on the "Created" line, as a user would: pointing at it first. */
  async clickCreatedPoint(day: string, dayIndex: number, expected: number) {
    const chart = this.page.getByTestId("chart-days");
    const point = chart.locator(".recharts-line-dots").first().locator(".recharts-line-dot").nth(dayIndex);
    await point.hover();
    await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText(day.slice(5));
    // The highlighted point now covers it: press where the pointer is.
    await this.page.mouse.down();
    await this.page.mouse.up();
    await this.expectList(expected);
  }

  async expectList(total: number) {
    await expect(this.page).toHaveURL(/\/tickets\?/);
    await expect(this.listTotal()).toHaveText(total === 1 ? "1 result" : `${total} results`);
  }
}
