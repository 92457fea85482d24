import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { priorityLabel } from "@/components/ui/priority";
import { requireActor } from "@/lib/auth/current";
import { isStaffManager } from "@/lib/auth/policy";
import { ticketDashboard } from "@/lib/tickets";
import { LazyDashboardCharts } from "./dashboard-charts-lazy";
import { cardHref, dashboardScopeText } from "./dashboard-links";
import { statusLabels } from "./tickets/status-badge";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requireActor();
  const d = await ticketDashboard(actor);
  const c = d.cards;
  const cards = [
    { id: "total", label: "Total", card: "total" },
    { id: "requested", label: "Dept Approval", card: "requested" },
    { id: "pending_creative", label: "Creative Approval", card: "pendingCreative" },
    { id: "approved", label: "Approved", card: "approved" },
    { id: "in_progress", label: "In Progress", card: "inProgress" },
    { id: "completed", label: "Completed", card: "completed" },
    { id: "rejected", label: "Rejected", card: "rejected" },
    { id: "overdue", label: "Overdue", card: "overdue" },
  ] as const;
  const scope = `${dashboardScopeText(isStaffManager(actor))}.`;
  return (
    <>
      <PageHeader title={`Welcome, ${actor.name}`} description={`Ticket dashboard. ${scope}`} />
      <div className="grid gap-4">
        <div className="grid grid-cols-2 gap-2 sm:gap-4 xl:grid-cols-4">
          {cards.map((card) => (
            <DashboardCard key={card.id} testId={`card-${card.id}`} label={card.label} value={c[card.card]} href={cardHref(card.card)} />
          ))}
        </div>
        <DashboardCard testId="card-assigned-to-me" label="Assigned to me and open" value={c.assignedToMeOpen} href={cardHref("assignedToMeOpen")} />
        <LazyDashboardCharts
          byStatus={d.byStatus.map((s) => ({ ...s, label: statusLabels[s.status] }))}
          byPriority={d.byPriority.map((p) => ({ ...p, label: priorityLabel(p.priority) }))}
          lastSevenDays={d.lastSevenDays}
        />
      </div>
    </>
  );
}

// Not prefetched: each card opens its own filtered list, and rendering a dozen of them on every
// dashboard view would cost the server more than the dashboard itself.
function DashboardCard({ label, value, href, testId }: { label: string; value: number; href: string; testId: string }) {
  return (
    <Link href={href} prefetch={false} className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring" data-testid={testId}>
      {/* Compact on a phone (two columns, small padding), so the charts show on the first screens. */}
      <Card className="h-full py-3 transition-colors hover:bg-accent/50 sm:py-6">
        <CardHeader className="px-3 sm:px-6">
          <CardDescription>{label}</CardDescription>
          <CardTitle className="text-xl tabular-nums sm:text-3xl">{value.toLocaleString("en")}</CardTitle>
        </CardHeader>
      </Card>
    </Link>
  );
}
