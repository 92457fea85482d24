"use server";

import { formAction } from "@/lib/forms/form-action";
import { checked } from "@/lib/forms/form-state";
import { createSavedView, deleteSavedView, savedViewLists, setSavedViewPinned } from "@/lib/saved-views";

/** A view shows in its list and, pinned, in the sidebar of every page: refresh both. */
const LISTS = Object.values(savedViewLists);

export const createSavedViewAction = formAction((actor, v) => createSavedView(actor, { list: v.list, name: v.name ?? "", query: v.query ?? "", pinned: checked(v, "pinned") }), {
  revalidate: LISTS,
  message: (_v, view) => `Saved “${view.name}”.`,
});

export const pinSavedViewAction = formAction((actor, v) => setSavedViewPinned(actor, v.id ?? "", v.pinned === "true"), {
  revalidate: LISTS,
  message: (_v, view) => (view.pinned ? `Pinned “${view.name}”.` : `Unpinned “${view.name}”.`),
});

export const deleteSavedViewAction = formAction((actor, v) => deleteSavedView(actor, v.id ?? ""), { revalidate: LISTS, message: "View deleted." });
