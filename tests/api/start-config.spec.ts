import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADMIN, TEST_PORT } from "../support/env";

/**
 * `npm start` (scripts/start.mjs) with a configuration of its own, on a port and an embedded database
 * of its own, using the test server's build. Resolves when it answers or when it exits.
 */
function start(port: number, extraEnv: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "crewdesk-start-"));
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      AUTH_SECRET: "crewdesk-test-secret-not-for-production-0123456789",
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: "warn",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { exited, output: () => output, stop, base: `http://127.0.0.1:${port}` };
}

async function answers(base: string, exited: Promise<number>) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 500))]);
    if (done) return false;
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return true;
  }
  return false;
}

test.describe("npm start configuration", () => {
  test.describe.configure({ timeout: 180_000 });

  test("INNGEST_DEV in production stops the start with a message naming the override", async () => {
    const refused = start(TEST_PORT + 1000, { INNGEST_DEV: "1" });
    try {
      expect(await answers(refused.base, refused.exited)).toBe(false);
      expect(await refused.exited).not.toBe(0);
      expect(refused.output()).toContain("Crewdesk cannot start");
      expect(refused.output()).toContain("INNGEST_DEV: must not be set in production");
      expect(refused.output()).toContain("ALLOW_INNGEST_DEV_IN_PRODUCTION=1");
    } finally {
      await refused.stop();
    }
  });

  test("with an https APP_URL, next-auth's redirects and forms name APP_URL (not the bind address) and every answer has HSTS", async () => {
    const appUrl = "https://crewdesk.example.test";
    const server = start(TEST_PORT + 1000, { APP_URL: appUrl });
    try {
      expect(await answers(server.base, server.exited), server.output()).toBe(true);
      const signin = await fetch(`${server.base}/api/auth/signin`, { redirect: "manual" });
      const location = new URL(signin.headers.get("location") ?? "", appUrl);
      expect(location.origin).toBe(appUrl);
      expect(new URL(location.searchParams.get("callbackUrl") ?? "").origin).toBe(appUrl);
      const signout = await (await fetch(`${server.base}/api/auth/signout`)).text();
      const action = /<form[^>]*action="([^"]+)"/.exec(signout)?.[1] ?? "";
      expect(new URL(action).origin).toBe(appUrl);
      expect(signout).not.toMatch(/0\.0\.0\.0|localhost/);
      for (const p of ["/login", "/api/health", "/api/v1/auth/me", "/docs"]) {
        const res = await fetch(`${server.base}${p}`, { redirect: "manual" });
        expect(res.headers.get("strict-transport-security"), p).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      }
    } finally {
      await server.stop();
    }
  });
});
