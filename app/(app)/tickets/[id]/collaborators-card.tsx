import { ActionButton } from "@/components/forms/action-button";
import type { Option } from "@/components/forms/fields";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PersonName } from "@/components/ui/avatar";
import type { TicketDetail } from "@/lib/tickets";
import { addCollaboratorAction, removeCollaboratorAction } from "../actions";
import { PickUserForm } from "./ticket-controls";

type Props = { ticket: TicketDetail; candidates: Option[]; fields: Record<string, string> };

/** Who follows the ticket besides requester and assignee; anyone who can see it may add or remove. */
export function CollaboratorsCard({ ticket, candidates, fields }: Props) {
  return (
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
              <PersonName id={c.id} name={c.name} />
              <ActionButton action={removeCollaboratorAction} fields={{ ...fields, userId: c.id }} variant="ghost">
                Remove
              </ActionButton>
            </li>
          ))}
        </ul>
        <PickUserForm action={addCollaboratorAction} fields={fields} name="userId" label="Add a collaborator" options={candidates} submitLabel="Add" />
      </CardContent>
    </Card>
  );
}
