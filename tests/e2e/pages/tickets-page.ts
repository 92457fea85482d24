import { expect, type Page } from "@playwright/test";

/** The new-request form and the tickets list. */
export class TicketsPage {
  constructor(readonly page: Page) {}

  async gotoNew() {
    await this.page.goto("/tickets/new");
  }

  /** Files a request and returns its detail page's path. */
  async request(fields: { title: string; description?: string; priority?: "low" | "medium" | "high" | "urgent" }): Promise<string> {
    await this.gotoNew();
    await this.page.getByLabel("Title").fill(fields.title);
    if (fields.description) await this.page.getByLabel("Description").fill(fields.description);
    if (fields.priority) await this.page.getByLabel("Priority").selectOption(fields.priority);
    await this.page.getByRole("button", { name: "Submit request" }).click();
    await expect(this.page).toHaveURL(/\/tickets\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(fields.title);
    return new URL(this.page.url()).pathname;
  }
}

/** One ticket's page: status, timeline and the action buttons. */
export class TicketPage {
  constructor(readonly page: Page) {}

  readonly status = () => this.page.getByTestId("ticket-status");
  readonly actions = () => this.page.getByTestId("ticket-actions");
  readonly assignment = () => this.page.getByTestId("ticket-assignment");
  readonly formError = () => this.page.getByTestId("form-error");
  /** The banner at the top: whom the ticket waits on (or who rejected it, and why). */
  readonly waitingOn = () => this.page.getByTestId("waiting-on");
  readonly rejectionReason = () => this.waitingOn();
  readonly assignee = () => this.page.getByTestId("ticket-assignee");

  async goto(path: string) {
    await this.page.goto(path);
  }

  async click(name: string) {
    await this.actions().getByRole("button", { name, exact: true }).click();
  }

  async expectStatus(text: string | RegExp) {
    await expect(this.status()).toHaveText(text);
  }

  async approve() {
    await this.click("Approve");
  }

  async reject(reason: string) {
    await this.click("Reject");
    const dialog = this.page.getByRole("dialog");
    await dialog.getByLabel(/Reason/).fill(reason);
    await dialog.getByRole("button", { name: "Reject" }).click();
    await expect(dialog).toBeHidden();
  }

  async assign(userId: string) {
    const card = this.assignment();
    await card.getByLabel("Assignee").selectOption(userId);
    await card.getByRole("button", { name: /^(Assign|Reassign)$/ }).click();
  }

  /** Trash is in the "⋯" menu, behind a confirmation. */
  async trash() {
    await this.page.getByRole("button", { name: "More actions" }).click();
    await this.page.getByRole("menuitem", { name: /Move to trash/ }).click();
    await this.page.getByRole("dialog").getByRole("button", { name: "Move to trash" }).click();
  }
}
