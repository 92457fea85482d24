"use client";

import { Bookmark, Pin, PinOff, X } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { ActionButton, ConfirmButton, type FormAction } from "@/components/forms/action-button";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { savedViewHref, VIEW_IGNORED_PARAMS, type SavedViewList } from "@/lib/saved-views/lists";
import { cn } from "@/lib/utils";

type View = { id: string; list: SavedViewList; name: string; query: string; pinned: boolean };
type Actions = { create: FormAction; pin: FormAction; remove: FormAction };

/** The list's query as a view keeps it: no page, keys in order — so a view and its list's URL compare equal. */
function currentQuery(params: URLSearchParams) {
  const q = new URLSearchParams(params.toString());
  for (const key of VIEW_IGNORED_PARAMS) q.delete(key);
  q.sort();
  return q.toString();
}

/** A user's saved views of one list, above it: open one, pin it to the sidebar, delete it, or save the current filters as one. */
export function SavedViews({ list, views, actions }: { list: SavedViewList; views: View[]; actions: Actions }) {
  const query = currentQuery(useSearchParams());
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="saved-views">
      {views.map((view) => {
        const active = view.query === query;
        return (
          <span key={view.id} className={cn("inline-flex items-center rounded-md border text-sm", active && "border-primary bg-accent")}>
            <Link href={savedViewHref(view)} aria-current={active ? "page" : undefined} className="px-2 py-1 font-medium hover:underline">
              {view.name}
            </Link>
            <ActionButton action={actions.pin} fields={{ id: view.id, pinned: String(!view.pinned) }} variant="ghost" size="icon">
              {view.pinned ? <PinOff aria-hidden /> : <Pin aria-hidden />}
              <span className="sr-only">{view.pinned ? `Unpin ${view.name}` : `Pin ${view.name}`}</span>
            </ActionButton>
            <ConfirmButton action={actions.remove} fields={{ id: view.id }} variant="ghost" size="icon" title={`Delete the view “${view.name}”?`} description="The tickets stay as they are; only this saved filter set goes." confirmLabel="Delete view">
              <X aria-hidden />
              <span className="sr-only">{`Delete ${view.name}`}</span>
            </ConfirmButton>
          </span>
        );
      })}
      <ConfirmButton
        action={actions.create}
        fields={{ list, query }}
        variant="outline"
        confirmVariant="default"
        title="Save this view"
        description="Name the current filters and sort to come back to them in one click. Only you see your views."
        confirmLabel="Save view"
        body={(state) => (
          <>
            <TextField name="name" label="Name" state={state} required maxLength={60} autoFocus />
            <CheckboxField name="pinned" label="Pin to the sidebar" state={state} />
          </>
        )}
      >
        <Bookmark /> Save view
      </ConfirmButton>
    </div>
  );
}
