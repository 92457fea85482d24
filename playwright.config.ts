import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN, BASE_URL, SERVER_PID_FILE, TEST_PORT } from "./tests/support/env";

// The test server gets a database of its own: E2E_DATABASE_URL (a fresh PostgreSQL database that
// scripts/test.mjs creates and drops), else a fresh PGlite directory. Workers load this file too:
// the directory is made once and handed down through the environment.
if (!process.env.E2E_DATABASE_URL && !process.env.E2E_DATA_DIR) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crewdesk-e2e-"));
  process.env.E2E_DATA_DIR = dir;
  // The runner exits after it has stopped the server, so the directory is no longer in use.
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
}
const database: Record<string, string> = process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { DATABASE_URL: "", DATA_DIR: process.env.E2E_DATA_DIR! };

// Debian's Chromium where there is one (no browser download on these machines); Playwright's own elsewhere.
const systemChromium = "/usr/bin/chromium";
const chromium = fs.existsSync(systemChromium)
  ? {
      launchOptions: {
        executablePath: systemChromium,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      },
    }
  : {};

export default defineConfig({
  fullyParallel: false,
  workers: 2,
  // No retries: a test that passes only on a second try is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Two workers, the server and the browser share two cores: a page can take seconds to settle
  // after a sign-in. Waits still end as soon as the condition holds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? "line" : "list",
  use: { baseURL: BASE_URL, trace: "retain-on-failure" },
  // Per port, so runs side by side in one checkout do not wipe each other's traces.
  outputDir: `test-results/port-${TEST_PORT}`,
  projects: [
    { name: "api", testDir: "tests/api" },
    // The browser runs in New York and the server in UTC, so a date shown or read in the wrong zone fails.
    { name: "e2e", testDir: "tests/e2e", use: { ...devices["Desktop Chrome"], ...chromium, timezoneId: "America/New_York" } },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    env: {
      ...database,
      PORT: String(TEST_PORT),
      // The address the specs use, so next-auth's redirects and cookies stay on it.
      APP_URL: BASE_URL,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      // The API specs give each test its own X-Forwarded-For so the per-IP limit never couples them.
      TRUST_PROXY: "1",
      AUTH_SECRET: "crewdesk-test-secret-not-for-production-0123456789",
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: "warn",
      PID_FILE: SERVER_PID_FILE,
      TZ: "UTC",
    },
  },
});
