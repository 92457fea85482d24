import os from "node:os";
import path from "node:path";

/** What the test server started by playwright.config.ts is given; specs import these, never literals. */
export const TEST_PORT = Number(process.env.TEST_PORT || 3100);
export const BASE_URL = `http://127.0.0.1:${TEST_PORT}`;
export const ADMIN = { username: "admin", password: "e2e-Admin-pass-42" };
/** Where the test server writes its process id (scripts/start.mjs, PID_FILE), for specs that measure its memory. */
export const SERVER_PID_FILE = path.join(os.tmpdir(), `crewdesk-test-server-${TEST_PORT}.pid`);
