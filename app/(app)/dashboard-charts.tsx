"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from "recharts";
import type { TicketDashboard } from "@/lib/tickets/dashboard";
import { createdOnHref, priorityHref, statusHref } from "./dashboard-links";

const statusColors: Record<TicketDashboard["byStatus"][number]["status"], string> = {
  requested: "#f59e0b",
  pending_creative: "#eab308",
  approved: "#64748b",
  in_progress: "#3b82f6",
  completed: "#22c55e",
  rejected: "#ef4444",
};
const priorityColors: Record<TicketDashboard["byPriority"][number]["priority"], string> = {
  urgent: "#dc2626",
  high: "#f97316",
  medium: "#3b82f6",
  low: "#94a3b8",
};

type Props = {
  byStatus: { status: TicketDashboard["byStatus"][number]["status"]; label: string; count: number }[];
  byPriority: { priority: TicketDashboard["byPriority"][number]["priority"]; label: string; count: number }[];
  lastSevenDays: TicketDashboard["lastSevenDays"];
};

function ChartCard({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <section className="rounded-xl border bg-card p-4 text-card-foreground shadow-sm" data-testid={testId}>
      <h2 className="mb-2 text-sm font-medium">{title}</h2>
      <div className="flex h-64 flex-col">{children}</div>
    </section>
  );
}

/**
 * An axis label that is a link to the list behind it: reachable by keyboard, unlike the chart's
 * shapes. The router keeps the navigation client-side.
 */
function LinkTick({ x, y, payload, links }: XAxisTickContentProps & { links: { href: string; label: string }[] }) {
  const router = useRouter();
  const link = links[payload.index];
  if (!link) return null;
  return (
    <a
      href={link.href}
      aria-label={link.label}
      onClick={(e) => {
        // The chart's own click (a day's column) must not navigate as well.
        e.stopPropagation();
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        router.push(link.href);
      }}
    >
      <text x={x} y={y} dy={12} textAnchor="middle" className="fill-muted-foreground text-xs underline-offset-2 hover:underline">
        {payload.value}
      </text>
    </a>
  );
}

export function DashboardCharts({ byStatus, byPriority, lastSevenDays }: Props) {
  const router = useRouter();
  // Zero slices are left out of the pie (SPEC §5).
  const slices = byStatus.filter((s) => s.count > 0);
  const days = lastSevenDays.map((d) => ({ ...d, label: d.day.slice(5) }));
  const dayLinks = days.map((d) => ({ href: createdOnHref(d), label: `Tickets created on ${d.day}` }));
  const priorityLinks = byPriority.map((p) => ({ href: priorityHref(p.priority), label: `${p.label} priority tickets` }));
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ChartCard title="By status" testId="chart-status">
        {slices.length ? (
          <>
            <div className="min-h-0 flex-1">
              <ResponsiveContainer width="100%" height="100%">
                <PieChart>
                  <Pie
                    data={slices}
                    dataKey="count"
                    nameKey="label"
                    outerRadius="80%"
                    isAnimationActive={false}
                    className="cursor-pointer"
                    // The white edge that separates slices would draw a seam across a lone full circle.
                    stroke={slices.length === 1 ? "none" : undefined}
                    onClick={(_, index) => router.push(statusHref(slices[index].status))}
                  >
                    {slices.map((s) => (
                      <Cell key={s.status} fill={statusColors[s.status]} />
                    ))}
                  </Pie>
                  <Tooltip />
                </PieChart>
              </ResponsiveContainer>
            </div>
            {/* The legend doubles as the slices' links. */}
            <ul className="mt-2 flex flex-wrap justify-center gap-x-3 gap-y-1 text-xs" aria-label="Tickets by status">
              {slices.map((s) => (
                <li key={s.status}>
                  <Link href={statusHref(s.status)} prefetch={false} className="inline-flex items-center gap-1.5 underline-offset-2 hover:underline">
                    <span aria-hidden className="size-2.5 rounded-sm" style={{ backgroundColor: statusColors[s.status] }} />
                    {s.label} <span className="tabular-nums text-muted-foreground">{s.count}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-sm text-muted-foreground">No tickets yet.</p>
        )}
      </ChartCard>
      <ChartCard title="By priority" testId="chart-priority">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={byPriority}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval={0} tick={(props: XAxisTickContentProps) => <LinkTick {...props} links={priorityLinks} />} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name="Tickets" isAnimationActive={false} className="cursor-pointer" onClick={(_, index) => router.push(priorityLinks[index].href)}>
              {byPriority.map((p) => (
                <Cell key={p.priority} fill={priorityColors[p.priority]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title="Last 7 days" testId="chart-days">
        <ResponsiveContainer width="100%" height="100%">
          {/* A click on a day (its points or its column) opens the tickets created that day. */}
          <LineChart
            data={days}
            className="cursor-pointer"
            onClick={(state) => {
              const link = state.isTooltipActive && state.activeTooltipIndex != null ? dayLinks[Number(state.activeTooltipIndex)] : undefined;
              if (link) router.push(link.href);
            }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval={0} padding={{ left: 16, right: 16 }} tick={(props: XAxisTickContentProps) => <LinkTick {...props} links={dayLinks} />} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="created" name="Created" stroke="#3b82f6" isAnimationActive={false} />
            <Line type="monotone" dataKey="completed" name="Completed" stroke="#22c55e" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
    </div>
  );
}
