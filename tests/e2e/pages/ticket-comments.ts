import { expect, type Locator, type Page } from "@playwright/test";

/** The comments card of a ticket's page: the threads, the comment box and each comment's reply box. */
export class TicketComments {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { name: /^Comments \(\d+\)$/ });
  readonly threads = () => this.page.getByTestId("comment-thread");
  readonly comments = () => this.page.getByTestId("comment");
  readonly commentForm = () => this.page.getByRole("form", { name: "Add a comment" });
  readonly box = () => this.commentForm().getByLabel("Add a comment");
  readonly bodyError = (form: Locator = this.commentForm()) => form.getByTestId("body-error");

  /** The comment (top-level or reply) whose text contains `text`. */
  comment(text: string): Locator {
    return this.comments().filter({ has: this.page.getByTestId("comment-body").getByText(text) });
  }

  /** The thread that starts with the comment containing `text`, and the replies shown under it. */
  thread(text: string) {
    const thread = this.threads().filter({ has: this.page.getByTestId("comment-body").first().getByText(text) });
    return { thread, replies: thread.getByTestId("replies").getByTestId("comment") };
  }

  async expectCount(n: number) {
    await expect(this.heading()).toHaveText(`Comments (${n})`);
  }

  async post(body: string) {
    await this.box().fill(body);
    await this.commentForm().getByRole("button", { name: "Comment" }).click();
  }

  async reply(toText: string, body: string) {
    const comment = this.comment(toText);
    await comment.getByRole("button", { name: "Reply" }).click();
    const form = comment.getByRole("form", { name: /^Reply to @/ });
    await form.getByRole("textbox").fill(body);
    await form.getByRole("button", { name: "Reply" }).click();
    await expect(form).toHaveCount(0);
  }
}
