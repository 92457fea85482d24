"use server";

import { revalidatePath } from "next/cache";
import type { BellState } from "@/components/shell/notification-bell";
import { requireActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { success, toFormState, type FormState } from "@/lib/forms/form-state";
import { listNotifications, markAllRead, markRead, unreadCount } from "@/lib/notifications";

export async function markReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  try {
    await markRead(actor, String(formData.get("id")));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/", "layout");
  return success("Marked as read.");
}

export async function markAllReadAction(_prev: FormState): Promise<FormState> {
  const actor = await requireActor();
  let updated: number;
  try {
    ({ updated } = await markAllRead(actor));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/", "layout");
  return success(updated === 1 ? "1 notification marked as read." : `${updated} notifications marked as read.`);
}

/** What the bell shows: the unread count and the latest few notifications. */
export async function bellAction(): Promise<BellState> {
  const actor = await requireActor();
  const [page, unread] = await Promise.all([listNotifications(actor, { pageSize: 8 }), unreadCount(actor)]);
  return {
    unread,
    now: Date.now(),
    items: page.items.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })),
  };
}

/** From the bell's popover: one read (id) or all read (no id); answers the bell's new state. */
export async function bellMarkReadAction(id?: string): Promise<BellState> {
  const actor = await requireActor();
  try {
    if (id) await markRead(actor, id);
    else await markAllRead(actor);
  } catch (error) {
    // A notification already gone (or not the user's) changes nothing: the bell shows the state as it is.
    if (!(error instanceof AppError)) throw error;
  }
  revalidatePath("/notifications");
  return bellAction();
}
