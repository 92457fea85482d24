import { z } from "zod";
import { multiLine, singleLine } from "@/lib/schemas/text";
import { COMMENT_BODY_MAX } from "@/db/schema/ticket-comments";

/** A new comment (or a reply, with the id of a comment of the same ticket). Markdown, up to 10k characters. */
export const addCommentSchema = z.strictObject({
  body: multiLine("Write a comment")
    .trim()
    .min(1, "Write a comment")
    .max(COMMENT_BODY_MAX, `A comment may be at most ${COMMENT_BODY_MAX.toLocaleString("en")} characters`),
  parentId: z.uuid("Choose a comment to reply to").nullish(),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

/** GET /tickets/{id}/mention-candidates?q=: the letters typed after an @ (none lists the first few). */
export const mentionCandidatesQuery = z.strictObject({
  q: singleLine()
    .trim()
    .max(40, "A username has at most 40 characters")
    .regex(/^[A-Za-z0-9._ -]*$/, "Type letters, digits, dots, dashes or underscores")
    .default(""),
});

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

// An @ not glued to a word, dot, dash or another @ (so e-mail addresses are not mentions).
const MENTION = /(?<![\w.@-])@([A-Za-z0-9._-]{3,40})/g;
const MIN_USERNAME = 3;

/** What one written mention may name: as written, and without trailing dots/dashes ("@ana." ends a sentence). */
const candidatesOf = (written: string) => [written, written.replace(/[.-]+$/, "")].map((n) => n.toLowerCase()).filter((n) => n.length >= MIN_USERNAME);

/** A user an @mention names. */
export type MentionedUser = { id: string; name: string; username: string };

/** Candidate @username mentions in a comment (lower-cased, no duplicates, not inside e-mail addresses). */
export function mentionedUsernames(body: string): string[] {
  const names = new Set<string>();
  for (const m of body.matchAll(MENTION)) for (const name of candidatesOf(m[1])) names.add(name);
  return [...names];
}

/** A run of a comment's text; `mention` (lower-cased username) when the run is an @mention of a known user. */
export type CommentPart = { text: string; mention?: string };

/**
 * A comment cut into plain text and the @mentions of `known` users (lower-cased usernames), so a page
 * can highlight exactly the mentions that reached someone. "@ana." is "@ana" plus "." unless a user is
 * really called "ana.".
 */
export function commentParts(body: string, known: { has(username: string): boolean }): CommentPart[] {
  const parts: CommentPart[] = [];
  let done = 0;
  for (const m of body.matchAll(MENTION)) {
    const name = candidatesOf(m[1]).find((n) => known.has(n));
    if (!name) continue;
    const end = m.index + 1 + name.length;
    if (m.index > done) parts.push({ text: body.slice(done, m.index) });
    parts.push({ text: body.slice(m.index, end), mention: name });
    done = end;
  }
  if (done < body.length) parts.push({ text: body.slice(done) });
  return parts;
}
