import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { savedViews } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, type Permission } from "@/lib/auth/policy";
import { conflict, isUniqueViolation, notFound, parseInput } from "@/lib/errors";
import { savedViewLists, VIEW_IGNORED_PARAMS, type SavedViewList } from "./lists";

export { savedViewHref, savedViewLists, type SavedViewList } from "./lists";

/** Who may keep views of a list: whoever may read it. */
const listPermission: Record<SavedViewList, Permission> = { tickets: "tickets.read", users: "users.list" };

export type SavedViewItem = { id: string; list: SavedViewList; name: string; query: string; pinned: boolean };

const listSchema = z.enum(Object.keys(savedViewLists) as [SavedViewList, ...SavedViewList[]]);

/** A list's URL query, kept as the list reads it: known-looking keys only, no page, at most 2000 characters. */
const viewQuerySchema = z
  .string()
  .max(2000, "Too many filters")
  .transform((q) => {
    const params = new URLSearchParams(q.startsWith("?") ? q.slice(1) : q);
    for (const key of VIEW_IGNORED_PARAMS) params.delete(key);
    params.sort();
    return params;
  })
  .refine((params) => [...params.keys()].every((k) => /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(k)), "Not a list's filters")
  .refine((params) => [...params.values()].every((v) => v.length <= 200 && !/\p{Cc}/u.test(v)), "Not a list's filters")
  .transform((params) => params.toString());

export const createSavedViewSchema = z.object({
  list: listSchema,
  name: z.string({ error: "Name the view" }).trim().min(1, "Name the view").max(60, "At most 60 characters").refine((s) => !/\p{Cc}/u.test(s), "Use plain text"),
  query: viewQuerySchema.default(""),
  pinned: z.boolean().default(false),
});

const columns = { id: savedViews.id, list: savedViews.list, name: savedViews.name, query: savedViews.query, pinned: savedViews.pinned };
const asItem = (row: { id: string; list: string; name: string; query: string; pinned: boolean }) => row as SavedViewItem;
const ownViews = (actor: Actor) => eq(savedViews.userId, actor.id);

/** The actor's own views of one list (pinned first, then by name); nobody else's, ever. */
export async function listSavedViews(actor: Actor, list: SavedViewList): Promise<SavedViewItem[]> {
  assertCan(actor, listPermission[parseInput(listSchema, list)]);
  const db = await getDb();
  const rows = await db
    .select(columns)
    .from(savedViews)
    .where(and(ownViews(actor), eq(savedViews.list, list)))
    .orderBy(desc(savedViews.pinned), asc(sql`lower(${savedViews.name})`));
  return rows.map(asItem);
}

/** The actor's pinned views of every list they may still read (the sidebar's). */
export async function listPinnedViews(actor: Actor): Promise<SavedViewItem[]> {
  const db = await getDb();
  const rows = await db
    .select(columns)
    .from(savedViews)
    .where(and(ownViews(actor), eq(savedViews.pinned, true)))
    .orderBy(asc(sql`lower(${savedViews.name})`));
  return rows.map(asItem).filter((v) => v.list in listPermission && can(actor, listPermission[v.list]));
}

export async function createSavedView(actor: Actor, input: unknown): Promise<SavedViewItem> {
  const view = parseInput(createSavedViewSchema, input);
  assertCan(actor, listPermission[view.list]);
  const db = await getDb();
  try {
    const [row] = await db
      .insert(savedViews)
      .values({ ...view, userId: actor.id })
      .returning(columns);
    return asItem(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`You already have a view named “${view.name}”.`);
    throw error;
  }
}

const idSchema = z.uuid();

/** Pins or unpins one of the actor's views; someone else's view is not found. */
export async function setSavedViewPinned(actor: Actor, id: string, pinned: boolean): Promise<SavedViewItem> {
  if (!idSchema.safeParse(id).success) throw notFound("View");
  const db = await getDb();
  const [row] = await db
    .update(savedViews)
    .set({ pinned: parseInput(z.boolean(), pinned) })
    .where(and(eq(savedViews.id, id), ownViews(actor)))
    .returning(columns);
  if (!row) throw notFound("View");
  return asItem(row);
}

export async function deleteSavedView(actor: Actor, id: string): Promise<void> {
  if (!idSchema.safeParse(id).success) throw notFound("View");
  const db = await getDb();
  const rows = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), ownViews(actor)))
    .returning({ id: savedViews.id });
  if (!rows.length) throw notFound("View");
}
