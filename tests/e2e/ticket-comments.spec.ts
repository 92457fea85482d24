import type { Browser, Page } from "@playwright/test";
import { apiCall, apiLogin, createDepartment, createUser, unique, type TestUser } from "../support/api";
import { expect, newClient, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { TicketComments } from "./pages/ticket-comments";

/** Each person works in a browser session of their own (own cookies, own client address). */
async function sessionOf(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await newClient(browser)).newPage();
  await new LoginPage(page).signInAs(user.username, user.password);
  return page;
}

/** A requester's ticket with a collaborator, set up through the API; returns the ticket's id. */
async function ticketWithCollaborator(requester: TestUser, collaborator: TestUser) {
  const token = await apiLogin(requester.username, requester.password);
  const ticket = await apiCall<{ id: string; key: string }>("POST", "/tickets", token, { title: unique("Flyer "), description: "A5, both sides", priority: "medium" });
  expect(ticket.status).toBe(201);
  expect((await apiCall("POST", `/tickets/${ticket.body.id}/collaborators`, token, { userId: collaborator.id })).status).toBe(200);
  return { ...ticket.body, token };
}

test("a mention notifies the person, who replies under the comment; the author sees the reply", async ({ browser }) => {
  test.setTimeout(120_000);
  const dept = await createDepartment();
  const ana = await createUser("member", { departmentId: dept.id, name: "Ana Author" });
  const ben = await createUser("member", { departmentId: dept.id, name: "Ben Mentioned" });
  const ticket = await ticketWithCollaborator(ana, ben);

  const anaPage = await sessionOf(browser, ana);
  await anaPage.goto(`/tickets/${ticket.id}`);
  const asAna = new TicketComments(anaPage);
  await asAna.expectCount(0);
  const text = `Could you check the colours, @${ben.username}?\nThe logo is <b>too small</b>.`;
  await asAna.post(text);
  await asAna.expectCount(1);
  await expect(asAna.box()).toHaveValue("");
  const comment = asAna.comment("Could you check the colours");
  await expect(comment).toContainText("Ana Author");
  await expect(comment).toContainText(`@${ana.username}`);
  await expect(comment).toContainText("just now");
  // The mention of a real user stands out; the line break is kept and the markup shows as typed.
  await expect(comment.getByTestId("mention")).toHaveText(`@${ben.username}`);
  await expect(comment.getByTestId("mention")).toHaveAttribute("title", "Ben Mentioned");
  expect(await comment.getByTestId("comment-body").innerText()).toBe(text);
  await expect(comment.locator("b")).toHaveCount(0);

  // Ben hears of it through the bell and opens the ticket from the notification.
  const benPage = await sessionOf(browser, ben);
  await expect(benPage.getByTestId("unread-count")).toBeVisible();
  await benPage.getByTestId("notification-bell").click();
  const notice = benPage.getByTestId("notification").filter({ hasText: `commented on ${ticket.key}` });
  await expect(notice).toContainText(`Ana Author commented on ${ticket.key}`);
  await expect(notice).toContainText("Could you check the colours");
  await notice.getByRole("link").click();
  const asBen = new TicketComments(benPage);
  await expect(asBen.comment("Could you check the colours")).toBeVisible();
  await asBen.reply("Could you check the colours", "Checked — the blue is off, fixing it.");
  await asBen.expectCount(2);
  await expect(asBen.thread("Could you check the colours").replies).toContainText(["Checked — the blue is off"]);

  // Ana sees the reply under her comment, not as a new thread.
  await anaPage.reload();
  const { replies } = asAna.thread("Could you check the colours");
  await expect(replies).toHaveCount(1);
  await expect(replies.first()).toContainText("Ben Mentioned");
  await expect(replies.first()).toContainText("Checked — the blue is off, fixing it.");
  await expect(asAna.threads()).toHaveCount(1);
  // Ben's reply notified her; reloading the ticket she is on has read it.
  await expect(anaPage.getByTestId("unread-count")).toHaveCount(0);
});

test("an empty comment shows the field's error and posts nothing; a too long one keeps what was typed", async ({ browser }) => {
  const dept = await createDepartment();
  const ana = await createUser("member", { departmentId: dept.id });
  const ben = await createUser("member", { departmentId: dept.id });
  const ticket = await ticketWithCollaborator(ana, ben);
  const page = await sessionOf(browser, ana);
  await page.goto(`/tickets/${ticket.id}`);
  const comments = new TicketComments(page);

  await comments.post("   ");
  await expect(comments.bodyError()).toHaveText("Write a comment");
  await expect(comments.box()).toHaveAttribute("aria-invalid", "true");
  await comments.expectCount(0);
  await expect(page.getByTestId("form-error")).toHaveCount(0);

  const tooLong = "x".repeat(10_001);
  await comments.post(tooLong);
  await expect(comments.bodyError()).toHaveText("A comment may be at most 10,000 characters");
  await expect(comments.box()).toHaveValue(tooLong);
  await comments.expectCount(0);

  // Nothing reached the ticket.
  const stored = await apiCall<{ items: unknown[] }>("GET", `/tickets/${ticket.id}/comments`, ticket.token);
  expect(stored.body.items).toEqual([]);

  // Fixing it posts it, clears the error and empties the box.
  await comments.post("Short enough.");
  await comments.expectCount(1);
  await expect(comments.bodyError()).toHaveCount(0);
  await expect(comments.box()).toHaveValue("");
});
