import { Markdown } from "@/components/markdown";
import { PersonName } from "@/components/ui/avatar";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TicketDetail } from "@/lib/tickets";
import { DateTime } from "@/components/time/date-time";
import { display } from "./ticket-display";

/** The ticket's own fields: description, priority, department, product, deadline, hours, assignee. */
export function DetailsCard({ ticket }: { ticket: TicketDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {ticket.description ? (
          <Markdown data-testid="ticket-description">{ticket.description}</Markdown>
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="ticket-description">
            No description.
          </p>
        )}
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-muted-foreground">Requester</dt>
          <dd>
            <PersonName id={ticket.requesterId} name={ticket.requesterName} />
          </dd>
          <dt className="text-muted-foreground">Priority</dt>
          <dd>{display("priority", ticket.priority)}</dd>
          <dt className="text-muted-foreground">Department</dt>
          <dd>{ticket.departmentName ?? "—"}</dd>
          <dt className="text-muted-foreground">Product</dt>
          <dd>{ticket.productName ?? "—"}</dd>
          <dt className="text-muted-foreground">Deadline</dt>
          <dd data-testid="ticket-deadline">
            <DateTime value={ticket.deadline} withZone />
          </dd>
          <dt className="text-muted-foreground">Complexity</dt>
          <dd>{display("complexity", ticket.complexity)}</dd>
          <dt className="text-muted-foreground">Hours (est. / actual)</dt>
          <dd>
            {ticket.estimatedHours ?? "—"} / {ticket.actualHours ?? "—"}
          </dd>
          <dt className="text-muted-foreground">Assignee</dt>
          <dd data-testid="ticket-assignee">{ticket.assigneeId && ticket.assigneeName ? <PersonName id={ticket.assigneeId} name={ticket.assigneeName} /> : "Unassigned"}</dd>
          <dt className="text-muted-foreground">Revisions / rollbacks</dt>
          <dd>
            {ticket.revisionCount} / {ticket.rollbackCount}
          </dd>
        </dl>
      </CardContent>
    </Card>
  );
}
