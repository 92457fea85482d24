import { expect, type Page } from "@playwright/test";

export class SettingsPage {
  constructor(readonly page: Page) {}

  readonly success = () => this.page.getByTestId("form-success");
  readonly field = (label: string | RegExp) => this.page.getByLabel(label);

  async openFromSidebar() {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expect(this.page.getByRole("heading", { name: "Settings" })).toBeVisible();
  }

  async save() {
    await this.page.getByRole("button", { name: "Save settings" }).click();
  }
}
