import { ArrowLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { ActionButton, ConfirmButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can, isTicketRequester, mayApproveCreativeStep, mayApproveDeptStep, mayEditTicket, mayWorkOnTicket } from "@/lib/auth/policy";
import { getApprovalContext, listCollaboratorCandidates, listCreativeAssignees, listHistory, type TicketDetail, type TicketHistoryEntry } from "@/lib/tickets";
import { restorableFields } from "@/lib/tickets/events";
import {
  addCollaboratorAction,
  approveTicketAction,
  assignTicketAction,
  completeTicketAction,
  confirmTicketAction,
  rejectTicketAction,
  removeCollaboratorAction,
  requestChangesAction,
  rollbackTicketAction,
  startTicketAction,
  trashTicketAction,
} from "../actions";
import { TicketStatusBadge } from "../status-badge";
import { findTicket } from "./find-ticket";
import { PickUserForm, ReasonButton } from "./ticket-controls";

export const metadata = { title: "Ticket" };

const when = (d: Date | string | null | undefined) => (d ? new Date(d).toLocaleString() : "—");
const actionLabel = (action: string) => action.replace(/^ticket\./, "").replace(/_/g, " ");

/** A value as a person reads it: names for the ids we know, dates localised. */
function display(value: unknown, names: Map<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && names.has(value)) return names.get(value)!;
  if (value instanceof Date || (typeof value === "string" && /^\d{4}-\d\d-\d\dT/.test(value))) return new Date(value).toLocaleString();
  return String(value);
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v).toISOString() : String(v));

/** What rolling back to an entry would change: its snapshot against the ticket as it is now. */
function rollbackPreview(ticket: TicketDetail, entry: TicketHistoryEntry, names: Map<string, string>): string[] {
  const snapshot = entry.snapshot ?? {};
  const current = ticket as unknown as Record<string, unknown>;
  return restorableFields
    .filter((key) => key in snapshot && comparable(snapshot[key]) !== comparable(current[key]))
    .map((key) => `${key}: ${display(current[key], names)} → ${display(snapshot[key], names)}`);
}

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const ticket = await findTicket(actor, id);
  const history = await listHistory(actor, ticket.id);
  const staff = actor.role === "admin" || actor.role === "manager";
  const approval = staff ? await getApprovalContext(actor, ticket) : null;

  const names = new Map<string, string>([[ticket.requesterId, ticket.requesterName]]);
  if (ticket.assigneeId && ticket.assigneeName) names.set(ticket.assigneeId, ticket.assigneeName);
  if (ticket.departmentId && ticket.departmentName) names.set(ticket.departmentId, ticket.departmentName);
  if (ticket.productId && ticket.productName) names.set(ticket.productId, ticket.productName);
  for (const c of ticket.collaborators) names.set(c.id, c.name);
  for (const h of history) if (h.actorId && h.actorName) names.set(h.actorId, h.actorName);
  const lastBy = (action: string) => history.findLast((h) => h.action === action)?.actorName ?? null;
  const by = (userId: string | null, action: string) => (userId ? (names.get(userId) ?? lastBy(action)) : lastBy(action));

  // can() and the predicates only decide which buttons to show; every command checks again.
  const fields = { id: ticket.id, version: String(ticket.version) };
  const mayDept = ticket.status === "requested" && !!approval && mayApproveDeptStep(actor, approval.requesterDepartment);
  const mayCreative = ticket.status === "pending_creative" && !!approval && mayApproveCreativeStep(actor, approval.creativeDepartments);
  const step = mayDept ? "dept" : "creative";
  const mayAssign = (ticket.status === "approved" || ticket.status === "in_progress") && can(actor, "tickets.assign");
  const mayStart = ticket.status === "approved" && mayWorkOnTicket(actor, ticket);
  const mayComplete = ticket.status === "in_progress" && mayWorkOnTicket(actor, ticket);
  const awaitingConfirmation = ticket.status === "completed" && !ticket.confirmedAt && isTicketRequester(actor, ticket);
  const mayEdit = mayEditTicket(actor, ticket);
  const mayRollback = can(actor, "tickets.rollback");
  const assignees = mayAssign ? (await listCreativeAssignees(actor)).map((u) => ({ value: u.id, label: `${u.name} (${u.departmentName})` })) : [];
  const candidates = (await listCollaboratorCandidates(actor))
    .filter((u) => !ticket.collaborators.some((c) => c.id === u.id))
    .map((u) => ({ value: u.id, label: `${u.name} (@${u.username})` }));

  const timeline = [
    { label: "Requested", at: ticket.createdAt, who: ticket.requesterName },
    { label: "Dept approved", at: ticket.deptApprovedAt, who: by(ticket.deptApprovedById, "ticket.dept_approved") },
    { label: "Creative approved", at: ticket.creativeApprovedAt, who: by(ticket.creativeApprovedById, "ticket.approved") },
    { label: "Started", at: ticket.startedAt, who: lastBy("ticket.started") },
    { label: "Completed", at: ticket.completedAt, who: lastBy("ticket.completed") },
    { label: "Confirmed", at: ticket.confirmedAt, who: by(ticket.confirmedById, "ticket.confirmed") },
  ];

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2">
        <Link href="/tickets">
          <ArrowLeft /> Tickets
        </Link>
      </Button>
      <PageHeader
        title={`${ticket.key} · ${ticket.title}`}
        description={`Requested by ${ticket.requesterName} on ${when(ticket.createdAt)}`}
        actions={
          <>
            <TicketStatusBadge status={ticket.status} confirmed={!!ticket.confirmedAt} />
            {mayEdit && (
              <Button asChild variant="outline" size="sm">
                <Link href={`/tickets/${ticket.id}/edit`}>
                  <Pencil /> Edit
                </Link>
              </Button>
            )}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          {ticket.status === "rejected" && (
            <Card className="border-destructive/50">
              <CardHeader>
                <CardTitle>Rejected</CardTitle>
                <CardDescription>
                  by {by(ticket.rejectedById, "ticket.rejected") ?? "—"} on {when(ticket.rejectedAt)}
                </CardDescription>
              </CardHeader>
              <CardContent>
                <p data-testid="rejection-reason" className="whitespace-pre-wrap text-sm">
                  {ticket.rejectionReason ?? "No reason given."}
                </p>
              </CardContent>
            </Card>
          )}
          <Card>
            <CardHeader>
              <CardTitle>Details</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4">
              <p className="whitespace-pre-wrap text-sm" data-testid="ticket-description">
                {ticket.description || <span className="text-muted-foreground">No description.</span>}
              </p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
                <dt className="text-muted-foreground">Priority</dt>
                <dd>{ticket.priority}</dd>
                <dt className="text-muted-foreground">Department</dt>
                <dd>{ticket.departmentName ?? "—"}</dd>
                <dt className="text-muted-foreground">Product</dt>
                <dd>{ticket.productName ?? "—"}</dd>
                <dt className="text-muted-foreground">Deadline</dt>
                <dd>{when(ticket.deadline)}</dd>
                <dt className="text-muted-foreground">Complexity</dt>
                <dd>{ticket.complexity ?? "—"}</dd>
                <dt className="text-muted-foreground">Hours (est. / actual)</dt>
                <dd>
                  {ticket.estimatedHours ?? "—"} / {ticket.actualHours ?? "—"}
                </dd>
                <dt className="text-muted-foreground">Assignee</dt>
                <dd data-testid="ticket-assignee">{ticket.assigneeName ?? "Unassigned"}</dd>
                <dt className="text-muted-foreground">Revisions / rollbacks</dt>
                <dd>
                  {ticket.revisionCount} / {ticket.rollbackCount}
                </dd>
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>History</CardTitle>
              <CardDescription>Every action, who did it and what changed. It cannot be edited.</CardDescription>
            </CardHeader>
            <CardContent>
              <ol className="grid gap-4" data-testid="ticket-history">
                {history.map((entry) => {
                  const preview = mayRollback && entry.snapshot ? rollbackPreview(ticket, entry, names) : [];
                  return (
                    <li key={entry.id} className="grid gap-1 border-l-2 pl-3 text-sm">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span>
                          <span className="font-medium">{actionLabel(entry.action)}</span> by {entry.actorName ?? "system"} · {when(entry.createdAt)}
                        </span>
                        {preview.length > 0 && (
                          <ConfirmButton
                            action={rollbackTicketAction}
                            fields={{ ...fields, entryId: String(entry.id) }}
                            title={`Roll back to “${actionLabel(entry.action)}”?`}
                            description={`This restores: ${preview.join("; ")}. Title, description, comments and attachments stay as they are.`}
                            confirmLabel="Roll back"
                            variant="outline"
                          >
                            Rollback
                          </ConfirmButton>
                        )}
                      </div>
                      {entry.message && <p className="text-muted-foreground">{entry.message}</p>}
                      {Object.keys(entry.changes ?? {}).length > 0 && (
                        <ul className="text-xs text-muted-foreground">
                          {Object.entries(entry.changes).map(([field, change]) => (
                            <li key={field}>
                              {field}: {display(change.from, names)} → {display(change.to, names)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ol>
            </CardContent>
          </Card>
        </div>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Status</CardTitle>
            </CardHeader>
            <CardContent>
              <ol className="grid gap-2 text-sm" data-testid="ticket-timeline">
                {timeline.map((s) => (
                  <li key={s.label} className="flex items-start gap-2" data-done={s.at ? "true" : "false"}>
                    <span className={`mt-1.5 size-2 shrink-0 rounded-full ${s.at ? "bg-primary" : "bg-muted-foreground/30"}`} aria-hidden />
                    <span className={s.at ? undefined : "text-muted-foreground"}>
                      {s.label}
                      {s.at && (
                        <span className="block text-xs text-muted-foreground">
                          {s.who ? `${s.who} · ` : ""}
                          {when(s.at)}
                        </span>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Actions</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-wrap gap-2" data-testid="ticket-actions">
              {(mayDept || mayCreative) && (
                <>
                  <ActionButton action={approveTicketAction} fields={{ ...fields, step }} variant="default">
                    Approve
                  </ActionButton>
                  <ReasonButton action={rejectTicketAction} fields={{ ...fields, step }} title={`Reject ${ticket.key}?`} description="The requester sees your reason." confirmLabel="Reject" variant="destructive">
                    Reject
                  </ReasonButton>
                </>
              )}
              {mayStart && (
                <ActionButton action={startTicketAction} fields={fields} variant="default">
                  Start work
                </ActionButton>
              )}
              {mayComplete && (
                <ActionButton action={completeTicketAction} fields={fields} variant="default">
                  Mark completed
                </ActionButton>
              )}
              {awaitingConfirmation && (
                <>
                  <ActionButton action={confirmTicketAction} fields={fields} variant="default">
                    Confirm delivery
                  </ActionButton>
                  <ReasonButton action={requestChangesAction} fields={fields} title="Request changes" description="The work goes back to in progress with your reason." confirmLabel="Request changes" required>
                    Request changes
                  </ReasonButton>
                </>
              )}
              {mayEdit && (
                <ConfirmButton action={trashTicketAction} fields={fields} title={`Move ${ticket.key} to trash?`} description="An admin or manager can restore it from the trash." confirmLabel="Move to trash">
                  Trash
                </ConfirmButton>
              )}
              {mayAssign && (
                <div className="w-full">
                  <PickUserForm action={assignTicketAction} fields={fields} name="assigneeId" label="Assignee" options={assignees} defaultValue={ticket.assigneeId} submitLabel={ticket.assigneeId ? "Reassign" : "Assign"} />
                </div>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Collaborators</CardTitle>
              <CardDescription>They can see and follow this ticket.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              <ul className="grid gap-2 text-sm" data-testid="collaborators">
                {ticket.collaborators.length === 0 && <li className="text-muted-foreground">None yet.</li>}
                {ticket.collaborators.map((c) => (
                  <li key={c.id} className="flex items-center justify-between gap-2">
                    {c.name}
                    <ActionButton action={removeCollaboratorAction} fields={{ ...fields, userId: c.id }} variant="ghost">
                      Remove
                    </ActionButton>
                  </li>
                ))}
              </ul>
              <PickUserForm action={addCollaboratorAction} fields={fields} name="userId" label="Add a collaborator" options={candidates} submitLabel="Add" />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
