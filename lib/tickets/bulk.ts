import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors";
import { bulkIdsSchema, runBulk, type BulkResult } from "@/lib/lists/bulk";
import { z } from "zod";
import { assignTicket, restoreTicket, trashTicket } from "./commands";

export const bulkTicketActions = ["assign", "trash", "restore"] as const;
export type BulkTicketAction = (typeof bulkTicketActions)[number];

const bulkTicketSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("assign"), ids: bulkIdsSchema, assigneeId: z.uuid("Choose an assignee") }),
  z.object({ action: z.literal("trash"), ids: bulkIdsSchema }),
  z.object({ action: z.literal("restore"), ids: bulkIdsSchema }),
]);

/**
 * One action on many tickets: the same command as on one ticket, per ticket, so every rule, history
 * entry and notification is the single-ticket one; refusals come back per ticket.
 */
export async function bulkTicketCommand(actor: Actor, input: unknown): Promise<BulkResult> {
  const command = parseInput(bulkTicketSchema, input);
  switch (command.action) {
    case "assign":
      return runBulk(command.ids, (id) => assignTicket(actor, id, { assigneeId: command.assigneeId }));
    case "trash":
      return runBulk(command.ids, (id) => trashTicket(actor, id));
    case "restore":
      return runBulk(command.ids, (id) => restoreTicket(actor, id));
  }
}
