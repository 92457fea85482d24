import { expect, type Page } from "@playwright/test";

export type NewUser = { username: string; name: string; email: string; role: string; password: string };

export class UsersAdminPage {
  constructor(readonly page: Page) {}

  async gotoList(query = "") {
    await this.page.goto(`/admin/users${query}`);
  }

  /** Opens a user's page from the list, found by searching for their username. */
  async openUser(username: string) {
    await this.gotoList(`?q=${encodeURIComponent(username)}`);
    await this.page.getByRole("link", { name: username, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async approve() {
    await this.page.getByRole("button", { name: "Approve" }).click();
    await expect(this.page.getByTestId("user-status").first()).toHaveText("active");
  }

  async create(u: NewUser) {
    const p = this.page;
    await p.goto("/admin/users/new");
    await p.getByLabel("Username").fill(u.username);
    await p.getByLabel("Name", { exact: true }).fill(u.name);
    await p.getByLabel("Email").fill(u.email);
    await p.getByLabel("Role").selectOption(u.role);
    await p.getByLabel("Password").fill(u.password);
    await p.getByRole("button", { name: "Create user" }).click();
    await expect(p).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}$/);
  }
}
