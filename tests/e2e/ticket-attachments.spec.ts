import zlib from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser, type TestUser } from "../support/api";
import { expect, newClient, test } from "./fixtures";
import { AttachmentsCard } from "./pages/attachments-card";
import { LoginPage } from "./pages/login-page";

/** A real, decodable PNG: `size`×`size` orange pixels. */
function orangePng(size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [0xff, 0x8c, 0x00]).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

async function signedIn(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await newClient(browser)).newPage();
  await new LoginPage(page).signInAs(user.username, user.password);
  return page;
}

/** A requester's ticket with a colleague from the same department added as a collaborator. */
async function ticketWithCollaborator() {
  const department = await createDepartment();
  const requester = await createUser("member", { departmentId: department.id });
  const collaborator = await createUser("member", { departmentId: department.id });
  const token = await apiLogin(requester.username, requester.password);
  const ticket = await apiCall<{ id: string }>("POST", "/tickets", token, { title: "Poster with files", description: "See the attachments", priority: "medium" });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  const added = await apiCall("POST", `/tickets/${ticket.body.id}/collaborators`, token, { userId: collaborator.id });
  expect(added.status, JSON.stringify(added.body)).toBe(200);
  return { requester, collaborator, path: `/tickets/${ticket.body.id}`, ticketId: ticket.body.id };
}

test("upload with progress, download, a refused file, a collaborator's view and the uploader's delete", async ({ browser }) => {
  test.setTimeout(120_000);
  const { requester, collaborator, path, ticketId } = await ticketWithCollaborator();
  const poster = { name: "poster.png", mimeType: "image/png", buffer: orangePng(8) };
  const fake = { name: "notes.png", mimeType: "image/png", buffer: Buffer.from("These are plain text notes, not a picture.\n") };

  const page = await signedIn(browser, requester);
  await page.goto(path);
  const card = new AttachmentsCard(page);
  // The hint comes from the settings (default 25 MB) and names the accepted types.
  await expect(card.limits()).toContainText("Up to 25 MB per file");
  await expect(card.limits()).toContainText("PDF");
  await expect(card.root()).toContainText("No files yet.");

  // Hold the upload at the network until the progress bar has been seen: on localhost it would be gone at once.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/v1/tickets/${ticketId}/attachments`, async (route) => {
    await held;
    await route.continue();
  });
  await card.choose(poster);
  await expect(card.progressBar(poster.name)).toBeVisible();
  await expect(card.progressBar(poster.name)).toHaveAttribute("aria-valuenow", /^\d{1,3}$/);
  release();
  await expect(card.item(poster.name)).toBeVisible();
  await expect(card.progressBar(poster.name)).toHaveCount(0);
  await expect(card.item(poster.name)).toContainText("PNG image");
  await expect(card.item(poster.name)).toContainText("Test member");
  await expect(card.thumbnail(poster.name)).toHaveJSProperty("naturalWidth", 8);

  // The link downloads the very bytes that were uploaded.
  const href = await card.downloadLink(poster.name).getAttribute("href");
  expect(href).toBe(`/api/v1/attachments/${href?.split("/").pop()}`);
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("image/png");
  expect((await download.body()).equals(poster.buffer)).toBe(true);

  // Text named .png, dropped on the card: refused with the server's reason, and the list is unchanged.
  await card.drop(fake);
  await expect(card.uploadError(fake.name)).toContainText("This type of file is not accepted");
  await expect(card.item(fake.name)).toHaveCount(0);
  await expect(card.items()).toHaveCount(1);
  await card.upload(fake.name).getByRole("button", { name: `Dismiss ${fake.name}` }).click();
  await expect(card.upload(fake.name)).toHaveCount(0);

  // A collaborator sees the file but may not delete what someone else uploaded.
  const colleague = new AttachmentsCard(await signedIn(browser, collaborator));
  await colleague.page.goto(path);
  await expect(colleague.item(poster.name)).toBeVisible();
  await expect(colleague.downloadLink(poster.name)).toBeVisible();
  await expect(colleague.deleteButton(poster.name)).toHaveCount(0);

  // The uploader deletes it, on a phone-sized screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(card.deleteButton(poster.name)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await card.delete(poster.name);
  await expect(card.items()).toHaveCount(0);
  await expect(card.root()).toContainText("No files yet.");
  expect((await page.request.get(href!)).status()).toBe(404);
});

test("five files chosen at once go three at a time; the others wait their turn and all arrive", async ({ browser }) => {
  test.setTimeout(120_000);
  const { requester, path, ticketId } = await ticketWithCollaborator();
  const files = [1, 2, 3, 4, 5].map((n) => ({ name: `photo-${n}.png`, mimeType: "image/png", buffer: orangePng(4 + n) }));
  const page = await signedIn(browser, requester);
  await page.goto(path);
  const card = new AttachmentsCard(page);

  // Hold every upload at the network to see how many are on their way at once.
  let inFlight = 0;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/v1/tickets/${ticketId}/attachments`, async (route) => {
    inFlight++;
    await held;
    await route.continue();
  });
  await card.choose(...files);
  await expect.poll(() => inFlight).toBe(3);
  await expect(card.root().getByTestId("upload").filter({ hasText: "Waiting…" })).toHaveCount(2);
  await expect(card.upload("photo-5.png")).toContainText("Waiting…");
  release();
  for (const f of files) await expect(card.item(f.name)).toBeVisible();
  expect(inFlight).toBe(5);
  await expect(card.root().getByTestId("upload-error")).toHaveCount(0);
  await expect(card.root().getByTestId("upload")).toHaveCount(0);
});
