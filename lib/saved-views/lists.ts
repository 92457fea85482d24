/** The lists a view can be saved for, and where each lives (client-safe: the UI builds links from it). */
export const savedViewLists = {
  tickets: "/tickets",
  users: "/admin/users",
} as const;
export type SavedViewList = keyof typeof savedViewLists;

/** What a view keeps of a list's URL: its filters and sort, never the page it was on. */
export const VIEW_IGNORED_PARAMS = ["page"] as const;

export const savedViewHref = (view: { list: SavedViewList; query: string }) => (view.query ? `${savedViewLists[view.list]}?${view.query}` : savedViewLists[view.list]);
