"use client";

import { Ellipsis, Pencil, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { ConfirmButton, type FormAction } from "@/components/forms/action-button";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

type Props = { ticketKey: string; editHref: string | null; trash: { action: FormAction; fields: Record<string, string> } | null };

/** The "⋯" menu beside a ticket's primary action: the less frequent ones (edit, trash). */
export function TicketMenu({ ticketKey, editHref, trash }: Props) {
  const [confirmTrash, setConfirmTrash] = useState(false);
  if (!editHref && !trash) return null;
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="icon" aria-label="More actions" title="More actions" data-testid="ticket-menu">
            <Ellipsis />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {editHref && (
            <DropdownMenuItem asChild>
              <Link href={editHref}>
                <Pencil /> Edit
              </Link>
            </DropdownMenuItem>
          )}
          {trash && (
            <DropdownMenuItem variant="destructive" onSelect={() => setConfirmTrash(true)}>
              <Trash2 /> Move to trash…
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {trash && (
        <ConfirmButton
          action={trash.action}
          fields={trash.fields}
          open={confirmTrash}
          onOpenChange={setConfirmTrash}
          title={`Move ${ticketKey} to trash?`}
          description="An admin or manager can restore it from the trash."
          confirmLabel="Move to trash"
        >
          Trash
        </ConfirmButton>
      )}
    </>
  );
}
