import { createUser } from "../support/api";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test("the signed-in browser can use the API, but another site cannot use its session to change anything", async ({ page }) => {
  const user = await createUser("member");
  await new LoginPage(page).signInAs(user.username, user.password);

  // page.request carries the browser's cookies.
  const me = await page.request.get("/api/v1/auth/me");
  expect(me.status()).toBe(200);
  expect((await me.json()).username).toBe(user.username);

  const crossSite = await page.request.post("/api/v1/notifications/read-all", { headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error.code).toBe("forbidden");

  const foreignOrigin = await page.request.post("/api/v1/notifications/read-all", { headers: { origin: "https://evil.example" } });
  expect(foreignOrigin.status()).toBe(403);

  const ownPage = await page.request.post("/api/v1/notifications/read-all", { headers: { "sec-fetch-site": "same-origin" } });
  expect(ownPage.ok()).toBe(true);
});
