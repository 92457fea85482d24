/** What the test server started by playwright.config.ts is given; specs import these, never literals. */
export const TEST_PORT = Number(process.env.TEST_PORT || 3100);
export const BASE_URL = `http://127.0.0.1:${TEST_PORT}`;
export const ADMIN = { username: "admin", password: "e2e-Admin-pass-42" };
