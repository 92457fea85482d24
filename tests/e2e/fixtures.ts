import { test as base, type Browser } from "@playwright/test";
import { uniqueIp } from "../support/api";

/**
 * A browser context with its own client address: the server counts failed sign-ins per IP, so no
 * test's failures can trip another test's sign-in.
 */
export const newClient = (browser: Browser) => browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

export const test = base.extend({
  context: async ({ browser }, provide) => {
    const context = await newClient(browser);
    await provide(context);
    await context.close();
  },
  page: async ({ context }, provide) => {
    await provide(await context.newPage());
  },
});

export { expect } from "@playwright/test";
