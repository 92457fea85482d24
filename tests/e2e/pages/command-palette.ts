import { expect, type Page } from "@playwright/test";

/** The ⌘K / Ctrl+K command palette and the "?" shortcuts dialog. */
export class CommandPalette {
  constructor(readonly page: Page) {}

  readonly dialog = () => this.page.getByTestId("command-palette");
  readonly input = () => this.dialog().getByRole("combobox");
  readonly option = (name: string | RegExp) => this.dialog().getByRole("option", { name });
  readonly group = (heading: string) => this.dialog().getByRole("group", { name: heading });

  async open() {
    await this.page.keyboard.press("ControlOrMeta+k");
    await expect(this.input()).toBeFocused();
  }

  /** Opens the palette, types the query and waits for an option matching `expected`. */
  async search(query: string, expected: string | RegExp) {
    await this.open();
    await this.input().fill(query);
    await expect(this.option(expected)).toBeVisible();
  }

  /** Chooses the option with the keyboard: arrows down to it, then Enter. */
  async choose(name: string | RegExp) {
    const option = this.option(name);
    for (let i = 0; i < 20 && (await option.getAttribute("aria-selected")) !== "true"; i++) await this.page.keyboard.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await this.page.keyboard.press("Enter");
  }
}
