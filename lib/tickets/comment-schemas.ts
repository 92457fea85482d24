import { z } from "zod";
import { COMMENT_BODY_MAX } from "@/db/schema/ticket-comments";

/** A new comment (or a reply, with the id of a comment of the same ticket). Markdown, up to 10k characters. */
export const addCommentSchema = z.strictObject({
  body: z
    .string({ error: "Write a comment" })
    .trim()
    .min(1, "Write a comment")
    .max(COMMENT_BODY_MAX, `A comment may be at most ${COMMENT_BODY_MAX.toLocaleString("en")} characters`),
  parentId: z.uuid("Choose a comment to reply to").nullish(),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

/** A comment as the ticket page and the API show it; `depth` 0 for a top-level comment. */
export const ticketCommentSchema = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  parentId: z.uuid().nullable(),
  authorId: z.uuid(),
  authorName: z.string(),
  authorUsername: z.string(),
  body: z.string(),
  depth: z.number().int(),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
});
export type TicketCommentView = z.infer<typeof ticketCommentSchema>;

/** Candidate @username mentions in a comment (lower-cased, no duplicates, not inside e-mail addresses). */
export function mentionedUsernames(body: string): string[] {
  const names = new Set<string>();
  for (const m of body.matchAll(/(?<![\w.@-])@([A-Za-z0-9._-]{3,40})/g)) {
    // "@ana." at the end of a sentence means ana; a username that really ends in a dot still matches.
    names.add(m[1].toLowerCase());
    names.add(m[1].replace(/[.-]+$/, "").toLowerCase());
  }
  return [...names].filter((n) => n.length >= 3);
}
