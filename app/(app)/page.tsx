import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { isStaffManager } from "@/lib/auth/policy";
import { ticketDashboard } from "@/lib/tickets";
import { DashboardCharts } from "./dashboard-charts";
import { assignedToMeOpenHref, overdueHref, statusHref, ticketsHref } from "./dashboard-links";
import { statusLabels } from "./tickets/status-badge";

export const metadata = { title: "Dashboard" };

const priorityLabels = { urgent: "Urgent", high: "High", medium: "Medium", low: "Low" } as const;

export default async function DashboardPage() {
  const actor = await requireActor();
  const d = await ticketDashboard(actor);
  const c = d.cards;
  const cards = [
    { id: "total", label: "Total", value: c.total, href: ticketsHref() },
    { id: "requested", label: "Dept Approval", value: c.requested, href: statusHref("requested") },
    { id: "pending_creative", label: "Creative Approval", value: c.pendingCreative, href: statusHref("pending_creative") },
    { id: "approved", label: "Approved", value: c.approved, href: statusHref("approved") },
    { id: "in_progress", label: "In Progress", value: c.inProgress, href: statusHref("in_progress") },
    { id: "completed", label: "Completed", value: c.completed, href: statusHref("completed") },
    { id: "rejected", label: "Rejected", value: c.rejected, href: statusHref("rejected") },
    { id: "overdue", label: "Overdue", value: c.overdue, href: overdueHref() },
  ];
  const scope = isStaffManager(actor) ? "All tickets not in trash." : "Tickets you requested or are assigned to.";
  return (
    <>
      <PageHeader title={`Welcome, ${actor.name}`} description={`Ticket dashboard. ${scope}`} />
      <div className="grid gap-4">
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {cards.map((card) => (
            <DashboardCard key={card.id} testId={`card-${card.id}`} label={card.label} value={card.value} href={card.href} />
          ))}
        </div>
        <DashboardCard testId="card-assigned-to-me" label="Assigned to me and open" value={c.assignedToMeOpen} href={assignedToMeOpenHref()} />
        <DashboardCharts
          byStatus={d.byStatus.map((s) => ({ ...s, label: statusLabels[s.status] }))}
          byPriority={d.byPriority.map((p) => ({ ...p, label: priorityLabels[p.priority] }))}
          lastSevenDays={d.lastSevenDays}
        />
      </div>
    </>
  );
}

function DashboardCard({ label, value, href, testId }: { label: string; value: number; href: string; testId: string }) {
  return (
    <Link href={href} className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring" data-testid={testId}>
      <Card className="h-full transition-colors hover:bg-accent/50">
        <CardHeader>
          <CardDescription>{label}</CardDescription>
          <CardTitle className="text-3xl tabular-nums">{value.toLocaleString("en")}</CardTitle>
        </CardHeader>
      </Card>
    </Link>
  );
}
