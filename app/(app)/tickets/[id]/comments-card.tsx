import { Markdown } from "@/components/markdown";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { Actor } from "@/lib/auth/actor";
import { commentParts, getCommentThread, type TicketCommentView } from "@/lib/tickets";
import { CommentForm, ReplyBox } from "./comment-form";

type Thread = { root: TicketCommentView; replies: TicketCommentView[] };

/** Comments come in thread order (each followed by its replies, depth-first): cut it at each top-level one. */
function threadsOf(comments: TicketCommentView[]): Thread[] {
  const threads: Thread[] = [];
  for (const comment of comments) {
    if (comment.depth === 0) threads.push({ root: comment, replies: [] });
    else threads.at(-1)?.replies.push(comment);
  }
  return threads;
}

type Display = { ticketId: string; known: Map<string, string>; now: number };

/** Markdown as in the description, line breaks kept as typed; @mentions of users it reached highlighted. */
function CommentBody({ body, known }: { body: string; known: Map<string, string> }) {
  const mentions = (text: string) => commentParts(text, known).map((part) => (part.mention ? { text: part.text, title: known.get(part.mention) } : { text: part.text }));
  return (
    <Markdown data-testid="comment-body" breaks mentions={mentions} className="[overflow-wrap:anywhere]">
      {body}
    </Markdown>
  );
}

function Comment({ comment, replyingTo, display }: { comment: TicketCommentView; replyingTo?: TicketCommentView; display: Display }) {
  return (
    <article id={`comment-${comment.id}`} data-testid="comment" aria-label={`Comment by ${comment.authorName}`} className="grid min-w-0 gap-1">
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="inline-flex items-center gap-1.5 self-center font-medium">
          <Avatar id={comment.authorId} name={comment.authorName} />
          {comment.authorName}
        </span>
        <span className="text-muted-foreground">@{comment.authorUsername}</span>
        <span className="text-xs text-muted-foreground">
          <RelativeTime date={comment.createdAt} now={display.now} />
          {comment.editedAt && <span title={comment.editedAt.toISOString()}> · edited</span>}
        </span>
        {replyingTo && <span className="text-xs text-muted-foreground">replying to @{replyingTo.authorUsername}</span>}
      </header>
      <CommentBody body={comment.body} known={display.known} />
      <ReplyBox ticketId={display.ticketId} parentId={comment.id} author={comment.authorUsername} />
    </article>
  );
}

type Props = { actor: Actor; ticketId: string };

/** The discussion on a ticket: threads oldest first, replies indented under their comment, a box at the end. */
export async function CommentsCard({ actor, ticketId }: Props) {
  // The domain loads only comments of a ticket the actor can see (else 404, like the page itself).
  const { comments, mentioned } = await getCommentThread(actor, ticketId);
  const byId = new Map(comments.map((c) => [c.id, c]));
  const known = new Map(mentioned.map((u) => [u.username.toLowerCase(), u.name]));
  // A server component renders once per request, so "now" is simply the request's time.
  // eslint-disable-next-line react-hooks/purity
  const display: Display = { ticketId, known, now: Date.now() };
  const threads = threadsOf(comments);
  return (
    <Card id="comments">
      <CardHeader>
        <CardTitle>Comments ({comments.length})</CardTitle>
        <CardDescription>Everyone who can see this ticket can join in. Mention someone with @username to notify them.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {threads.length === 0 ? (
          <p className="text-sm text-muted-foreground">No comments yet.</p>
        ) : (
          <ol className="grid gap-5" data-testid="comment-threads">
            {threads.map(({ root, replies }) => (
              <li key={root.id} data-testid="comment-thread" className="grid gap-3">
                <Comment comment={root} display={display} />
                {replies.length > 0 && (
                  // One level of indent however deep the thread: deeper replies say whom they answer.
                  <ol className="ml-3 grid gap-3 border-l-2 pl-4" data-testid="replies">
                    {replies.map((reply) => (
                      <li key={reply.id}>
                        <Comment comment={reply} replyingTo={reply.parentId !== root.id ? byId.get(reply.parentId!) : undefined} display={display} />
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        )}
        <CommentForm ticketId={ticketId} label="Add a comment" submitLabel="Comment" />
      </CardContent>
    </Card>
  );
}
