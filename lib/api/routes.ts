import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { pageOf, type Page } from "@/lib/pagination";
import { apiRoute, errorResponse } from "./handler";

const verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Verb = (typeof verbs)[number];
type Handler<P> = (req: NextRequest, args: { params: Promise<P> }) => Promise<Response>;

/**
 * A route file's exports: the given handlers, and for every other verb a 405 in the API's error
 * shape (Next's own 405 has no body). Use as `export const { GET, POST, PUT, PATCH, DELETE } = methods({ … })`.
 */
export function methods<P = Record<string, never>>(handlers: Partial<Record<Verb, Handler<P>>>): Record<Verb, Handler<P>> {
  const allow = Object.keys(handlers).join(", ");
  const notAllowed: Handler<P> = async (req) =>
    errorResponse(new AppError("method_not_allowed", `${req.method} is not supported here. Allowed: ${allow}.`), { headers: { Allow: allow } });
  return Object.fromEntries(verbs.map((verb) => [verb, handlers[verb] ?? notAllowed])) as Record<Verb, Handler<P>>;
}

type Id = { id: string };

/** GET, PATCH and DELETE of one record at `…/{id}`: each hands the id (and the body) to its domain function. */
export function itemRoutes(domain: {
  get: (actor: Actor, id: string) => Promise<unknown>;
  update: (actor: Actor, id: string, input: unknown) => Promise<unknown>;
  remove: (actor: Actor, id: string) => Promise<void>;
}) {
  return methods<Id>({
    GET: apiRoute<Id>((actor, { params }) => domain.get(actor, params.id)),
    PATCH: apiRoute<Id>(async (actor, { params, json }) => domain.update(actor, params.id, await json())),
    DELETE: apiRoute<Id>((actor, { params }) => domain.remove(actor, params.id)),
  });
}

/** `POST …/{id}/<action>`: one domain command on one record, with the body as its input. */
export function itemAction(command: (actor: Actor, id: string, input: unknown) => Promise<unknown>) {
  return methods<Id>({ POST: apiRoute<Id>(async (actor, { params, json }) => command(actor, params.id, await json())) });
}

/** What a versioned command accepts besides its input: the version the caller last saw. */
export type VersionOptions = { expectedVersion?: number };
type VersionedCommand = (actor: Actor, id: string, input: unknown, options: VersionOptions) => Promise<unknown>;

/**
 * The version in an `If-Match` header, for optimistic concurrency: `"3"`, `W/"3"` and `3` all mean
 * version 3; no header (or `*`) means no check. Anything else is a 400 rather than a silent no-check.
 */
export function ifMatchVersion(req: Request): number | undefined {
  const header = req.headers.get("if-match")?.trim();
  if (!header || header === "*") return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header);
  if (!match || Number(match[1]) < 1)
    throw new AppError("invalid", "If-Match must be the record's version, e.g. \"3\"", { "If-Match": ["Expected a version number such as \"3\""] });
  return Number(match[1]);
}

/** One handler for a versioned command on `…/{id}`: the body as input, `If-Match` as options.expectedVersion. */
export const versionedHandler = (command: VersionedCommand, options: { status?: number } = {}) =>
  apiRoute<Id>(async (actor, { req, params, json }) => command(actor, params.id, await json(), { expectedVersion: ifMatchVersion(req) }), options);

/** `POST …/{id}/<action>` for a command that checks the version: body → input, `If-Match` → expectedVersion. */
export function versionedAction(command: VersionedCommand) {
  return methods<Id>({ POST: versionedHandler(command) });
}

/** A short list the domain returns whole (departments, products, tokens), in the API's one page shape. */
export const wholeList = <T>(items: T[]): Page<T> => pageOf(items, items.length, 1, Math.max(1, items.length));
