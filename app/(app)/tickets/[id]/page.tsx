import { ArrowLeft, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { DateTime } from "@/components/time/date-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can, mayEditTicket } from "@/lib/auth/policy";
import { allowedTicketActions, listCollaboratorCandidates, listHistory } from "@/lib/tickets";
import { requestTimeZone } from "../../time-zone";
import { TicketStatusBadge } from "../status-badge";
import { ActionsCard } from "./actions-card";
import { AttachmentsCard } from "./attachments-card";
import { CollaboratorsCard } from "./collaborators-card";
import { CommentsCard } from "./comments-card";
import { DetailsCard } from "./details-card";
import { findTicket, findTrashedTicket } from "./find-ticket";
import { HistoryCard } from "./history-card";
import { PaletteTicket } from "./palette-ticket";
import { StatusCard, type Stage } from "./status-card";
import { namesOf } from "./ticket-display";
import { TrashedTicket } from "./trashed-ticket";

type Props = { params: Promise<{ id: string }> };

/** "T-12 · Flyer for the open day · Crewdesk": the tab names the ticket. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireActor();
  const { id } = await params;
  const ticket = (await findTrashedTicket(actor, id)) ?? (await findTicket(actor, id));
  return { title: `${ticket.key} · ${ticket.title}` };
}

export default async function TicketPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const trashed = await findTrashedTicket(actor, id);
  if (trashed) return <TrashedTicket ticket={trashed} mayRestore={can(actor, "tickets.restore")} />;
  const ticket = await findTicket(actor, id);
  const history = await listHistory(actor, ticket.id);
  const names = await namesOf(actor, ticket, history);
  // One answer to "what may I do now", for the buttons and the command palette alike.
  const allowed = await allowedTicketActions(actor, ticket);
  const lastBy = (action: string) => history.findLast((h) => h.action === action)?.actorName ?? null;
  const by = (userId: string | null, action: string) => (userId ? (names.get(userId) ?? lastBy(action)) : lastBy(action));

  // Every form on the page names the ticket and the version the user saw.
  const fields = { id: ticket.id, version: String(ticket.version) };
  const candidates = (await listCollaboratorCandidates(actor)).filter((u) => !ticket.collaborators.some((c) => c.id === u.id)).map((u) => ({ value: u.id, label: `${u.name} (@${u.username})` }));

  const stages: Stage[] = [
    { label: "Requested", at: ticket.createdAt, who: ticket.requesterName },
    { label: "Dept approved", at: ticket.deptApprovedAt, who: by(ticket.deptApprovedById, "ticket.dept_approved") },
    { label: "Creative approved", at: ticket.creativeApprovedAt, who: by(ticket.creativeApprovedById, "ticket.approved") },
    { label: "Started", at: ticket.startedAt, who: lastBy("ticket.started") },
    { label: "Completed", at: ticket.completedAt, who: lastBy("ticket.completed") },
    { label: "Confirmed", at: ticket.confirmedAt, who: by(ticket.confirmedById, "ticket.confirmed") },
  ];

  return (
    <>
      <PaletteTicket ticket={{ id: ticket.id, key: ticket.key, version: ticket.version }} allowed={allowed} />
      <Button asChild variant="ghost" size="sm" className="mb-2">
        <Link href="/tickets">
          <ArrowLeft /> Tickets
        </Link>
      </Button>
      <PageHeader
        title={`${ticket.key} · ${ticket.title}`}
        description={
          <>
            Requested by {ticket.requesterName} on <DateTime value={ticket.createdAt} />
          </>
        }
        actions={
          <>
            <TicketStatusBadge status={ticket.status} confirmed={!!ticket.confirmedAt} />
            {mayEditTicket(actor, ticket) && (
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
                  by {by(ticket.rejectedById, "ticket.rejected") ?? "—"} on <DateTime value={ticket.rejectedAt} />
                </CardDescription>
              </CardHeader>
              <CardContent>
                <p data-testid="rejection-reason" className="whitespace-pre-wrap text-sm">
                  {ticket.rejectionReason ?? "No reason given."}
                </p>
              </CardContent>
            </Card>
          )}
          <DetailsCard ticket={ticket} />
          <AttachmentsCard actor={actor} ticketId={ticket.id} />
          <CommentsCard actor={actor} ticketId={ticket.id} />
          <HistoryCard ticket={ticket} history={history} names={names} mayRollback={can(actor, "tickets.rollback")} fields={fields} zone={await requestTimeZone()} />
        </div>
        <div className="grid content-start gap-6">
          <StatusCard stages={stages} />
          <ActionsCard actor={actor} ticket={ticket} allowed={allowed} fields={fields} />
          <CollaboratorsCard ticket={ticket} candidates={candidates} fields={fields} />
        </div>
      </div>
    </>
  );
}
