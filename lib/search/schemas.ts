import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";
import { roleSchema } from "@/lib/users/schemas";
import { ticketStatusSchema } from "@/lib/tickets/schemas";

/** GET /search?q=: the words typed into the command palette (a ticket key "T-12" works too). */
export const searchQuerySchema = z.strictObject({
  q: singleLine().trim().max(200, "Search for at most 200 characters").default(""),
});

export const searchTicketSchema = z.object({ id: z.uuid(), key: z.string(), title: z.string(), status: ticketStatusSchema });
export const searchPersonSchema = z.object({ id: z.uuid(), name: z.string(), username: z.string(), role: roleSchema });

/** What the palette shows: tickets the caller can see, and people only for those who may list users. */
export const searchResultSchema = z.object({ tickets: z.array(searchTicketSchema), people: z.array(searchPersonSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
