"use client";

import { useMemo } from "react";
import { usePageRecord, type PageCommand } from "@/components/command/command-context";
import type { AllowedTicketActions, PageActionName } from "@/lib/tickets/allowed-actions";
import { approveTicketAction, completeTicketAction, confirmTicketAction, rejectTicketAction, requestChangesAction, startTicketAction, trashTicketAction } from "../actions";
import { initialFormState } from "@/lib/forms/form-state";

type Props = { ticket: { id: string; key: string; version: number }; allowed: AllowedTicketActions };

type Spec = Omit<PageCommand, "id" | "run"> & { action?: typeof approveTicketAction; focus?: string };

/** How each allowed action reads in the palette and which server action it calls (the buttons' own). */
const specs = (key: string): Record<PageActionName, Spec> => ({
  approve: { label: `Approve ${key}`, action: approveTicketAction },
  reject: { label: `Reject ${key}…`, action: rejectTicketAction, prompt: { label: "Reason (optional)", required: false, submitLabel: "Reject" } },
  start: { label: "Start work", action: startTicketAction },
  complete: { label: "Mark completed", action: completeTicketAction },
  confirm: { label: "Confirm delivery", action: confirmTicketAction },
  requestChanges: { label: "Request changes…", action: requestChangesAction, prompt: { label: "Reason", required: true, submitLabel: "Request changes" } },
  // Choosing a person needs the page's list of assignees: the palette takes the user to it.
  assign: { label: "Assign…", focus: "pick-assigneeId" },
  trash: { label: "Move to trash…", action: trashTicketAction, confirm: { title: `Move ${key} to trash?`, submitLabel: "Move to trash" } },
});

/** Offers the ticket's allowed actions (as the page computed them) to the command palette. */
export function PaletteTicket({ ticket, allowed }: Props) {
  const record = useMemo(() => {
    const all = specs(ticket.key);
    const commands: PageCommand[] = allowed.actions.map((name) => {
      const { action, focus, ...spec } = all[name];
      return {
        id: name,
        ...spec,
        run: async (input) => {
          if (!action) {
            const target = focus ? document.getElementById(focus) : null;
            target?.scrollIntoView({ block: "center" });
            // After the palette has closed and given the focus back.
            setTimeout(() => target?.focus(), 50);
            return;
          }
          const form = new FormData();
          for (const [k, v] of Object.entries({ id: ticket.id, version: String(ticket.version), step: allowed.step ?? "", ...input })) form.set(k, v);
          return action(initialFormState, form);
        },
      };
    });
    return { title: ticket.key, commands };
  }, [ticket.id, ticket.key, ticket.version, allowed]);
  usePageRecord(record);
  return null;
}
