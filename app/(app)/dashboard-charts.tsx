"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TicketDashboard } from "@/lib/tickets/dashboard";
import { priorityHref, statusHref } from "./dashboard-links";

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
      <div className="h-64">{children}</div>
    </section>
  );
}

export function DashboardCharts({ byStatus, byPriority, lastSevenDays }: Props) {
  const router = useRouter();
  // Zero slices are left out of the pie (SPEC §5).
  const slices = byStatus.filter((s) => s.count > 0);
  const days = lastSevenDays.map((d) => ({ ...d, label: d.day.slice(5) }));
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ChartCard title="By status" testId="chart-status">
        {slices.length ? (
          <ResponsiveContainer width="100%" height="100%">
            <PieChart>
              <Pie
                data={slices}
                dataKey="count"
                nameKey="label"
                outerRadius="80%"
                isAnimationActive={false}
                className="cursor-pointer"
                onClick={(_, index) => router.push(statusHref(slices[index].status))}
              >
                {slices.map((s) => (
                  <Cell key={s.status} fill={statusColors[s.status]} />
                ))}
              </Pie>
              <Tooltip />
              <Legend />
            </PieChart>
          </ResponsiveContainer>
        ) : (
          <p className="text-sm text-muted-foreground">No tickets yet.</p>
        )}
      </ChartCard>
      <ChartCard title="By priority" testId="chart-priority">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={byPriority}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name="Tickets" isAnimationActive={false} className="cursor-pointer" onClick={(_, index) => router.push(priorityHref(byPriority[index].priority))}>
              {byPriority.map((p) => (
                <Cell key={p.priority} fill={priorityColors[p.priority]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title="Last 7 days" testId="chart-days">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={days}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
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
