import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(readonly page: Page) {}

  readonly formError = () => this.page.getByTestId("form-error");
  readonly userMenu = () => this.page.getByTestId("user-menu");

  async goto(next?: string) {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  }

  async signIn(username: string, password: string) {
    await this.page.getByLabel("Username").fill(username);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Signs in and waits for the app shell to show the user's name. */
  async signInAs(username: string, password: string, name?: string) {
    await this.goto();
    await this.signIn(username, password);
    await expect(this.userMenu()).toBeVisible();
    if (name) await expect(this.userMenu()).toContainText(name);
  }
}
