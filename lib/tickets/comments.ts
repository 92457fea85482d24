import { and, asc, eq, ilike, inArray, ne, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { ticketComments, users, type Ticket } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { escapeLike } from "@/lib/pagination";
import { addCommentSchema, mentionCandidatesQuery, mentionedUsernames, type MentionedUser, type TicketCommentView } from "./comment-schemas";
import { recordTicketEvent } from "./events";
import { loadTicket } from "./load";
import { seeingUsers } from "./visibility";

// Comments: anyone who can see the ticket reads and writes them (a ticket they cannot see is 404).

const EXCERPT_MAX = 200;
const excerptOf = (body: string) => {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_MAX ? flat.slice(0, EXCERPT_MAX - 1).trimEnd() + "…" : flat;
};

const commentColumns = {
  id: ticketComments.id,
  ticketId: ticketComments.ticketId,
  parentId: ticketComments.parentId,
  authorId: ticketComments.authorId,
  authorName: users.name,
  authorUsername: users.username,
  body: ticketComments.body,
  createdAt: ticketComments.createdAt,
  editedAt: ticketComments.editedAt,
};

/**
 * Whom a mention of this ticket can reach: active users who can see it. Someone who cannot see it
 * hears nothing of it (add them as a collaborator first). The autocomplete offers exactly these.
 */
const mentionable = (ticket: Ticket) => and(eq(users.isActive, true), seeingUsers(ticket));

/** The users among lower-cased usernames a mention reaches: whom it notifies, and whom the page highlights. */
async function mentionedUsers(conn: DbOrTx, ticket: Ticket, names: string[]): Promise<MentionedUser[]> {
  if (!names.length) return [];
  return conn
    .select({ id: users.id, name: users.name, username: users.username })
    .from(users)
    .where(and(inArray(sql`lower(${users.username})`, names), mentionable(ticket)));
}

const MENTION_CANDIDATES_MAX = 8;

/**
 * The @mention autocomplete of a ticket the actor can see: people a mention would reach whose
 * username or name starts with (or whose name contains) what follows the @. Never the actor.
 */
export async function listMentionCandidates(actor: Actor, ticketId: string, input: unknown): Promise<MentionedUser[]> {
  assertCan(actor, "tickets.read");
  const { q } = parseInput(mentionCandidatesQuery, input ?? {});
  const conn = await getDb();
  const ticket = await loadTicket(conn, actor, ticketId);
  const prefix = `${escapeLike(q)}%`;
  return conn
    .select({ id: users.id, name: users.name, username: users.username })
    .from(users)
    .where(
      and(
        mentionable(ticket),
        ne(users.id, actor.id),
        q ? or(ilike(users.username, prefix), ilike(users.name, prefix), ilike(users.name, `% ${prefix}`)) : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${users.username})`))
    .limit(MENTION_CANDIDATES_MAX);
}

/**
 * Adds a comment (or a reply to a comment of the same ticket) by the actor. Notifies the requester,
 * the assignee, the parent's author and every @mentioned active user — never the commenter — and
 * writes one "ticket.commented" history entry, all in one transaction.
 */
export async function addComment(actor: Actor, ticketId: string, input: unknown): Promise<TicketCommentView> {
  assertCan(actor, "tickets.read");
  const data = parseInput(addCommentSchema, input ?? {});
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const ticket = await loadTicket(tx, actor, ticketId);
    let parentAuthorId: string | null = null;
    if (data.parentId) {
      const [parent] = await tx
        .select({ authorId: ticketComments.authorId })
        .from(ticketComments)
        .where(and(eq(ticketComments.id, data.parentId), eq(ticketComments.ticketId, ticket.id)));
      if (!parent) throw new AppError("invalid", "Some fields are not valid", { parentId: ["That comment is not on this ticket"] });
      parentAuthorId = parent.authorId;
    }
    const mentioned = await mentionedUsers(tx, ticket, mentionedUsernames(data.body));
    const [comment] = await tx
      .insert(ticketComments)
      .values({ ticketId: ticket.id, authorId: actor.id, parentId: data.parentId ?? null, body: data.body })
      .returning({ id: ticketComments.id });
    const recipientIds = [...new Set([ticket.requesterId, ticket.assigneeId, parentAuthorId, ...mentioned.map((m) => m.id)])].filter(
      (r): r is string => !!r && r !== actor.id,
    );
    const excerpt = excerptOf(data.body);
    await recordTicketEvent(tx, {
      action: "ticket.commented",
      actor,
      ticket,
      before: ticket,
      changes: {},
      message: excerpt,
      data: { commentId: comment.id, parentId: data.parentId ?? null, mentionedIds: mentioned.map((m) => m.id), recipientIds, excerpt },
    });
    return comment.id;
  });
  const comments = await listComments(actor, ticketId);
  const created = comments.find((c) => c.id === id);
  if (!created) throw notFound("Comment");
  return created;
}

/**
 * The comments of a ticket the actor can see, in thread order: top-level comments oldest first, each
 * followed by its replies (depth-first, oldest first). One query; the tree is ordered in memory.
 */
export async function listComments(actor: Actor, ticketId: string): Promise<TicketCommentView[]> {
  assertCan(actor, "tickets.read");
  const conn = await getDb();
  return commentsOf(conn, await loadTicket(conn, actor, ticketId));
}

async function commentsOf(conn: DbOrTx, ticket: Ticket): Promise<TicketCommentView[]> {
  const rows = await conn
    .select(commentColumns)
    .from(ticketComments)
    .innerJoin(users, eq(users.id, ticketComments.authorId))
    .where(eq(ticketComments.ticketId, ticket.id))
    .orderBy(asc(ticketComments.createdAt), asc(ticketComments.id));
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) {
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const ordered: TicketCommentView[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const row of children.get(parentId) ?? []) {
      ordered.push({ ...row, depth });
      walk(row.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

// A thread's bodies may hold thousands of distinct @words; past this many only the first are looked
// up, so no comment can make the page's query too large to run.
const MENTION_LOOKUP_MAX = 1000;

/**
 * A ticket's comments as its page shows them, with the active users they @mention (to highlight):
 * the visibility check, one query for the comments and one for the mentioned users, however many.
 */
export async function getCommentThread(actor: Actor, ticketId: string): Promise<{ comments: TicketCommentView[]; mentioned: MentionedUser[] }> {
  assertCan(actor, "tickets.read");
  const conn = await getDb();
  const ticket = await loadTicket(conn, actor, ticketId);
  const comments = await commentsOf(conn, ticket);
  const names = [...new Set(comments.flatMap((c) => mentionedUsernames(c.body)))].slice(0, MENTION_LOOKUP_MAX);
  return { comments, mentioned: await mentionedUsers(conn, ticket, names) };
}
