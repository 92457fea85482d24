import { expect, type Locator, type Page } from "@playwright/test";

/** Any server-paged list (tickets, trash, users): its header, rows, cards, paging and views. */
export class ListPage {
  constructor(readonly page: Page) {}

  readonly table = () => this.page.getByRole("table");
  readonly header = (name: string) => this.table().getByRole("columnheader", { name });
  readonly rows = () => this.table().locator("tbody tr[data-row]");
  readonly row = (text: string) => this.rows().filter({ hasText: text });
  readonly cards = () => this.page.getByTestId("list-cards").getByRole("listitem");
  readonly bulkResult = () => this.page.getByTestId("bulk-result");
  readonly savedViews = () => this.page.getByTestId("saved-views");
  readonly sidebar = () => this.page.getByRole("navigation", { name: "Main" });

  async sortBy(column: string) {
    await this.header(column).getByRole("button").click();
  }

  /** The rows' texts in one column, top to bottom. */
  async column(index: number): Promise<string[]> {
    return this.rows().locator(`td:nth-child(${index})`).allInnerTexts();
  }

  async select(label: string) {
    await this.table().getByRole("checkbox", { name: `Select ${label}` }).check();
  }

  async pageSize(size: number) {
    await this.page.getByLabel("Rows per page").selectOption(String(size));
  }

  async expectRowCount(n: number) {
    await expect(this.rows()).toHaveCount(n);
  }

  cell(row: Locator, index: number) {
    return row.locator(`td:nth-child(${index})`);
  }
}
