import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { NotificationsChanged } from "@/components/shell/notification-bell";
import { Skeleton } from "@/components/ui/skeleton";
import { PageHeader } from "@/components/shell/page-header";
import { DateTime } from "@/components/time/date-time";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/current";
import { markEntityRead } from "@/lib/notifications";
import { listCollaboratorCandidates, listHistory, pageActions } from "@/lib/tickets";
import { requestTimeZone } from "../../time-zone";
import { TicketStatusBadge } from "../status-badge";
import { AssignCard, HeaderActions } from "./actions-card";
import { AttachmentsCard } from "./attachments-card";
import { CollaboratorsCard } from "./collaborators-card";
import { CommentsCard } from "./comments-card";
import { DetailsCard } from "./details-card";
import { findTicketOrTrashed } from "./find-ticket";
import { HistoryCard } from "./history-card";
import { PaletteTicket } from "./palette-ticket";
import { StatusCard, type Stage } from "./status-card";
import { namesOf } from "./ticket-display";
import { WaitingBanner } from "./waiting-banner";
import { TrashedTicket } from "./trashed-ticket";

type Props = { params: Promise<{ id: string }> };

/** "T-12 · Flyer for the open day · Crewdesk": the tab names the ticket. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireActor();
  const { id } = await params;
  const { ticket } = await findTicketOrTrashed(actor, id);
  return { title: `${ticket.key} · ${ticket.title}` };
}

export default async function TicketPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const { ticket, trashed } = await findTicketOrTrashed(actor, id);
  if (trashed) return <TrashedTicket ticket={ticket} mayRestore={ticket.allowedActions.includes("restore")} />;
  // Opening the ticket is reading what the bell said about it.
  await markEntityRead(actor, "ticket", ticket.id);
  const history = await listHistory(actor, ticket.id);
  const names = await namesOf(actor, ticket, history);
  // The palette offers the same actions as the header (the ticket's allowedActions).
  const allowed = pageActions(ticket);
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
            <HeaderActions ticket={ticket} fields={fields} />
          </>
        }
      />
      <WaitingBanner waitingOn={ticket.waitingOn} />
      <NotificationsChanged />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          <DetailsCard ticket={ticket} />
          {/* The ticket (or its 404) is decided above; the slower cards stream in behind skeletons. */}
          <Suspense fallback={<Skeleton className="h-32" data-testid="card-skeleton" />}>
            <AttachmentsCard actor={actor} ticketId={ticket.id} />
          </Suspense>
          <Suspense fallback={<Skeleton className="h-48" data-testid="card-skeleton" />}>
            <CommentsCard actor={actor} ticketId={ticket.id} />
          </Suspense>
          <HistoryCard ticket={ticket} history={history} names={names} mayRollback={ticket.allowedActions.includes("rollback")} fields={fields} zone={await requestTimeZone()} />
        </div>
        <div className="grid content-start gap-6">
          <StatusCard stages={stages} />
          <AssignCard actor={actor} ticket={ticket} fields={fields} />
          <CollaboratorsCard ticket={ticket} candidates={candidates} fields={fields} />
        </div>
      </div>
    </>
  );
}
