"use client";

import { RotateCcw, Trash2, UserPlus } from "lucide-react";
import { useState, useTransition } from "react";
import type { Option } from "@/components/forms/fields";
import { BulkResultMessage } from "@/components/data-table/bulk-result";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { FormState } from "@/lib/forms/form-state";
import type { BulkResult } from "@/lib/lists/bulk";
import type { BulkTicketAction } from "@/lib/tickets/bulk";
import { bulkTicketAction } from "./actions";

export type BulkOutcome = { state: FormState<BulkResult>; verb: string; labels: Record<string, string> };
type Ticket = { id: string; key: string };

const verbs: Record<BulkTicketAction, string> = { assign: "assigned", trash: "moved to trash", restore: "restored" };

/**
 * The bulk actions a role may offer (`offer`): the buttons only start the domain's per-ticket
 * commands; which tickets it refuses, and why, comes back in `onDone`.
 */
export function TicketBulkActions({ selected, offer, assignees = [], onDone }: { selected: Ticket[]; offer: BulkTicketAction[]; assignees?: Option[]; onDone: (outcome: BulkOutcome) => void }) {
  const [pending, startTransition] = useTransition();
  const [assigneeId, setAssigneeId] = useState("");
  const run = (action: BulkTicketAction) =>
    startTransition(async () => {
      const labels = Object.fromEntries(selected.map((t) => [t.id, t.key]));
      const state = await bulkTicketAction({ action, ids: selected.map((t) => t.id), assigneeId: action === "assign" ? assigneeId : undefined });
      onDone({ state, verb: verbs[action], labels });
    });
  return (
    <>
      {offer.includes("assign") && (
        <span className="flex items-center gap-2">
          <span className="w-44">
            <Select aria-label="Assign selected to" value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
              <option value="">Assign to…</option>
              {assignees.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </span>
          <Button size="sm" variant="outline" disabled={pending || !assigneeId} onClick={() => run("assign")}>
            <UserPlus /> Assign
          </Button>
        </span>
      )}
      {offer.includes("trash") && (
        <Button size="sm" variant="outline" disabled={pending} onClick={() => run("trash")}>
          <Trash2 /> Move to trash
        </Button>
      )}
      {offer.includes("restore") && (
        <Button size="sm" variant="outline" disabled={pending} onClick={() => run("restore")}>
          <RotateCcw /> Restore
        </Button>
      )}
    </>
  );
}

/** The last bulk action's answer, kept above the list after its rows have gone. */
export function BulkOutcomeMessage({ outcome }: { outcome: BulkOutcome | null }) {
  if (!outcome) return null;
  const { state, verb, labels } = outcome;
  if (!state.ok || !state.data) return <FormMessage state={state} />;
  return <BulkResultMessage result={state.data} verb={verb} labelOf={(id) => labels[id] ?? "A ticket"} />;
}
