import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { listTickets, ticketStatusSchema } from "@/lib/tickets";
import { statusLabels } from "../status-badge";
import { TicketBoard, type BoardCard } from "./ticket-board";

export const metadata = { title: "Ticket board" };

const BOARD_SIZE = 100;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The tickets the viewer can see, by status; a card dragged to a column runs that column's transition. */
export default async function TicketBoardPage({ searchParams }: Props) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
  const board = { ...query, page: 1, pageSize: BOARD_SIZE, sort: "updatedAt", order: "desc" };
  let page;
  try {
    page = await listTickets(actor, board);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid") throw error;
    page = await listTickets(actor, { pageSize: BOARD_SIZE, sort: "updatedAt", order: "desc" });
  }
  const cards: BoardCard[] = page.items.map((t) => ({
    id: t.id,
    key: t.key,
    title: t.title,
    status: t.status,
    priority: t.priority,
    assigneeName: t.assigneeName,
    version: t.version,
    allowedActions: t.allowedActions,
    waiting: t.waitingOn.message,
  }));
  const columns = ticketStatusSchema.options.map((status) => ({ status, label: statusLabels[status] }));
  return (
    <>
      <PageHeader
        title="Ticket board"
        description={page.total > page.items.length ? `The ${page.items.length} most recently changed of ${page.total} tickets, by status.` : "Your tickets by status. Drag a card to move it on, or use its menu."}
        actions={
          <Button asChild variant="outline">
            <Link href="/tickets">List</Link>
          </Button>
        }
      />
      <TicketBoard columns={columns} cards={cards} />
    </>
  );
}
