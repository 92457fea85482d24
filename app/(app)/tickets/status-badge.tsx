import { Badge } from "@/components/ui/badge";
import type { TicketView } from "@/lib/tickets/schemas";

type TicketStatus = TicketView["status"];

export const statusLabels: Record<TicketStatus, string> = {
  requested: "Dept approval",
  pending_creative: "Creative approval",
  approved: "Approved",
  in_progress: "In progress",
  completed: "Completed",
  rejected: "Rejected",
};

const variants: Record<TicketStatus, "default" | "secondary" | "destructive" | "outline" | "warning" | "success"> = {
  requested: "warning",
  pending_creative: "warning",
  approved: "secondary",
  in_progress: "default",
  completed: "success",
  rejected: "destructive",
};

export function TicketStatusBadge({ status, confirmed }: { status: TicketStatus; confirmed?: boolean }) {
  return (
    <Badge variant={variants[status]} data-testid="ticket-status">
      {statusLabels[status]}
      {status === "completed" && confirmed ? " · confirmed" : ""}
    </Badge>
  );
}
