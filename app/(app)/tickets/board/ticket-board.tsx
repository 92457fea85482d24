"use client";

import { MoveRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { useShowToast } from "@/components/shell/toasts";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { TicketActionName } from "@/lib/tickets/transitions";
import { actionForMove } from "@/lib/tickets/transitions";
import type { TicketView } from "@/lib/tickets/schemas";
import { approveTicketAction, completeTicketAction, rejectTicketAction, requestChangesAction, startTicketAction } from "../actions";

type Status = TicketView["status"];
export type BoardCard = Pick<TicketView, "id" | "key" | "title" | "status" | "priority" | "assigneeName" | "version"> & { allowedActions: TicketActionName[]; waiting: string };
type Column = { status: Status; label: string };

/** The same server actions as the ticket page's buttons, by the transition they run. */
const actions: Partial<Record<TicketActionName, (prev: FormState, form: FormData) => Promise<FormState>>> = {
  approve: approveTicketAction,
  reject: rejectTicketAction,
  start: startTicketAction,
  complete: completeTicketAction,
  requestChanges: requestChangesAction,
};
const verbs: Partial<Record<TicketActionName, string>> = { approve: "Approve", reject: "Reject", start: "Start work", complete: "Mark completed", requestChanges: "Request changes" };
/** Where each move leads, for the card's menu: every (from → to) pair the board knows. */
const targets = (from: Status, columns: Column[]) => columns.filter((c) => c.status !== from && actionForMove(from, c.status));

export function TicketBoard({ columns, cards }: { columns: Column[]; cards: BoardCard[] }) {
  const router = useRouter();
  const show = useShowToast();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [over, setOver] = useState<Status | null>(null);
  const [asking, setAsking] = useState<{ card: BoardCard; to: Status } | null>(null);
  const [pending, startTransition] = useTransition();

  /** Runs the move's transition on the server; the rules there decide, and their reason is the toast. */
  function move(card: BoardCard, to: Status, reason?: string) {
    const name = actionForMove(card.status, to);
    const label = columns.find((c) => c.status === to)?.label ?? to;
    if (!name || !actions[name]) {
      toast.error(`No action moves ${card.key} from ${columns.find((c) => c.status === card.status)?.label} to ${label}.`);
      return;
    }
    if (name === "requestChanges" && reason === undefined && card.allowedActions.includes(name)) {
      setAsking({ card, to });
      return;
    }
    const form = new FormData();
    form.set("id", card.id);
    form.set("version", String(card.version));
    if (name === "approve" || name === "reject") form.set("step", card.status === "requested" ? "dept" : "creative");
    if (reason !== undefined) form.set("reason", reason);
    startTransition(async () => {
      const state = await actions[name]!(initialFormState, form);
      if (state.ok) {
        show({ message: `${card.key}: ${state.message ?? "done."}`, undo: state.undo });
        router.refresh();
      } else {
        toast.error(`${card.key} cannot move to ${label}: ${state.message ?? "refused."}`);
      }
    });
  }

  return (
    <>
      <div className="grid auto-cols-[minmax(16rem,1fr)] grid-flow-col gap-4 overflow-x-auto pb-4" data-testid="ticket-board" aria-busy={pending}>
        {columns.map((column) => {
          const inColumn = cards.filter((c) => c.status === column.status);
          const reachable = dragging && dragging.status !== column.status ? actionForMove(dragging.status, column.status) : null;
          const allowed = !!reachable && dragging!.allowedActions.includes(reachable);
          return (
            <section
              key={column.status}
              aria-label={column.label}
              data-testid={`board-column-${column.status}`}
              data-drop={dragging ? (allowed ? "allowed" : "refused") : undefined}
              className={`flex min-h-64 flex-col gap-2 rounded-lg border bg-muted/40 p-2 transition-colors ${over === column.status ? (allowed ? "border-primary bg-primary/10" : "border-destructive/60") : ""} ${dragging && allowed ? "border-dashed border-primary" : ""}`}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = "move";
                setOver(column.status);
              }}
              onDragLeave={() => setOver((s) => (s === column.status ? null : s))}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                const card = cards.find((c) => c.id === event.dataTransfer.getData("text/plain")) ?? dragging;
                setDragging(null);
                if (card && card.status !== column.status) move(card, column.status);
              }}
            >
              <h2 className="flex items-center justify-between px-1 text-sm font-medium">
                {column.label}
                <span className="text-xs text-muted-foreground">{inColumn.length}</span>
              </h2>
              {inColumn.map((card) => (
                <article
                  key={card.id}
                  draggable
                  data-testid="board-card"
                  data-key={card.key}
                  aria-label={`${card.key} ${card.title}`}
                  onDragStart={(event) => {
                    event.dataTransfer.setData("text/plain", card.id);
                    event.dataTransfer.effectAllowed = "move";
                    setDragging(card);
                  }}
                  onDragEnd={() => {
                    setDragging(null);
                    setOver(null);
                  }}
                  className="grid cursor-grab gap-1 rounded-md border bg-card p-3 text-sm shadow-xs active:cursor-grabbing"
                >
                  <div className="flex items-start justify-between gap-2">
                    <Link href={`/tickets/${card.id}`} className="font-medium hover:underline">
                      <span className="text-muted-foreground">{card.key}</span> {card.title}
                    </Link>
                    <CardMenu card={card} targets={targets(card.status, columns)} onMove={(to) => move(card, to)} />
                  </div>
                  <p className="text-xs text-muted-foreground">
                    {card.priority} · {card.assigneeName ?? "Unassigned"}
                  </p>
                  <p className="text-xs text-muted-foreground">{card.waiting}</p>
                </article>
              ))}
            </section>
          );
        })}
      </div>
      <ReasonDialog
        asking={asking}
        onClose={() => setAsking(null)}
        onSubmit={(reason) => {
          if (asking) move(asking.card, asking.to, reason);
          setAsking(null);
        }}
      />
    </>
  );
}

/** The keyboard's way to move a card: the moves the rules allow this viewer, by where they lead. */
function CardMenu({ card, targets, onMove }: { card: BoardCard; targets: Column[]; onMove: (to: Status) => void }) {
  const moves = targets.filter((t) => card.allowedActions.includes(actionForMove(card.status, t.status)!));
  if (!moves.length) return null;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-7 shrink-0" aria-label={`Move ${card.key}`} title={`Move ${card.key}`}>
          <MoveRight />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Move {card.key}</DropdownMenuLabel>
        {moves.map((t) => (
          <DropdownMenuItem key={t.status} onSelect={() => onMove(t.status)}>
            {verbs[actionForMove(card.status, t.status)!]} → {t.label}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** Request changes needs a reason, as on the ticket page. */
function ReasonDialog({ asking, onClose, onSubmit }: { asking: { card: BoardCard } | null; onClose: () => void; onSubmit: (reason: string) => void }) {
  const [reason, setReason] = useState("");
  return (
    <Dialog open={!!asking} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Request changes on {asking?.card.key}</DialogTitle>
          <DialogDescription>The work goes back to in progress with your reason.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit(reason);
            setReason("");
          }}
        >
          <div className="grid gap-1">
            <Label htmlFor="board-reason">Reason</Label>
            <Textarea id="board-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={4} required />
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Request changes</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
