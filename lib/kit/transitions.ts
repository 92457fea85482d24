import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/**
 * One module's workflow, declared once: for each action, the statuses it starts from, who may take
 * it (a predicate over the actor and the record) and any further condition on the record. Commands
 * assert it; the UI's buttons and the API's `allowedActions` are read from it.
 */
export type Transition<R extends { status: string }> = {
  from: readonly R["status"][];
  /** Who may take it on this record (403 otherwise). */
  may: (actor: Actor, record: R) => boolean;
  /** Why not, for the 403. */
  denied: string | ((record: R, actor: Actor) => string);
  /** A further state condition (409 with this message when false). */
  when?: { test: (record: R) => boolean; message: (record: R) => string };
};

export type TransitionTable<R extends { status: string }, A extends string = string> = Record<A, Transition<R>>;

export function defineTransitions<R extends { status: string }>() {
  return <A extends string>(table: TransitionTable<R, A>) => table;
}

/** Whether the actor may take the action on the record now (status, condition and rule). */
export function isAvailable<R extends { status: string }>(t: Transition<R>, actor: Actor, record: R): boolean {
  return t.from.includes(record.status) && (!t.when || t.when.test(record)) && t.may(actor, record);
}

/** The actions the actor may take on the record now, in the table's order. */
export function availableActions<R extends { status: string }, A extends string>(table: TransitionTable<R, A>, actor: Actor, record: R): A[] {
  return (Object.keys(table) as A[]).filter((name) => isAvailable(table[name], actor, record));
}

/**
 * Throws what the caller would meet: 403 when the actor may not take the action, 409 (`wrongStatus`)
 * when the record is not in a status it starts from, 409 when the further condition fails.
 * Who is judged first, so a caller without the right never learns more than "forbidden".
 */
export function assertTransition<R extends { status: string }>(t: Transition<R>, actor: Actor, record: R, wrongStatus: (record: R) => AppError): void {
  if (!t.may(actor, record)) throw new AppError("forbidden", typeof t.denied === "function" ? t.denied(record, actor) : t.denied);
  if (!t.from.includes(record.status)) throw wrongStatus(record);
  if (t.when && !t.when.test(record)) throw new AppError("conflict", t.when.message(record));
}
