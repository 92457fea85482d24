import type { Page } from "@playwright/test";

export type Registration = { username: string; name: string; email: string; department: string; password: string; telegram?: string };

export class RegisterPage {
  constructor(readonly page: Page) {}

  readonly pendingConfirmation = () => this.page.getByTestId("registration-pending");

  async goto() {
    await this.page.goto("/register");
  }

  async register(r: Registration) {
    const p = this.page;
    await p.getByLabel("Username").fill(r.username);
    await p.getByLabel("Full name").fill(r.name);
    await p.getByLabel("Email").fill(r.email);
    await p.getByLabel("Department").selectOption({ label: r.department });
    if (r.telegram) await p.getByLabel("Telegram handle (optional)").fill(r.telegram);
    await p.getByLabel("Password", { exact: true }).fill(r.password);
    await p.getByLabel("Repeat password").fill(r.password);
    await p.getByRole("button", { name: "Register" }).click();
  }
}
