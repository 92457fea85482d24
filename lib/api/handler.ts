import { randomUUID } from "node:crypto";
import { connection, type NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current";
import { actorFromBearer } from "@/lib/auth/tokens";
import { AppError, httpStatusOf } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ApiContext<P> = {
  req: NextRequest;
  params: P;
  /** The request body as JSON; a body that is not JSON is a 400. */
  json: () => Promise<unknown>;
  /** The query string as a plain object, for zod to parse. */
  query: Record<string, string>;
};

type Options = { status?: number };

export function errorResponse(error: AppError, init: { status?: number; headers?: HeadersInit } = {}) {
  const body = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}), ...(error.details ?? {}) } };
  return Response.json(body, { status: init.status ?? httpStatusOf[error.code], headers: init.headers });
}

function toResponse(error: unknown, requestId: string) {
  if (error instanceof AppError) return errorResponse(error);
  logger.error({ err: error, requestId }, "unhandled error in API route");
  return errorResponse(new AppError("internal", `Something went wrong. Reference: ${requestId}`));
}

function makeContext<P>(req: NextRequest, params: P): ApiContext<P> {
  return {
    req,
    params,
    query: Object.fromEntries(req.nextUrl.searchParams),
    json: async () => {
      const text = await req.text();
      if (!text.trim()) return {};
      try {
        return JSON.parse(text);
      } catch {
        throw new AppError("invalid", "The request body is not valid JSON");
      }
    },
  };
}

/** The token of an `Authorization: Bearer …` header; "" for any other Authorization; null without one. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  if (header === null) return null;
  const [scheme, token] = header.trim().split(/\s+/);
  return scheme?.toLowerCase() === "bearer" && token ? token : "";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The browser sends the session cookie with any request, also one another site's page starts. A
 * change made with the session must come from our own pages: Sec-Fetch-Site says so in every current
 * browser, Origin in older ones. Clients that send neither are not browsers and carry no cookie of a victim.
 */
function fromOwnPages(req: NextRequest): boolean {
  if (SAFE_METHODS.has(req.method)) return true;
  const site = req.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = req.headers.get("origin");
  if (!origin) return true;
  return URL.canParse(origin) && new URL(origin).host === req.headers.get("host");
}

/** The actor of an API request: a bearer token (access or personal), else the browser session. */
async function apiActor(req: NextRequest): Promise<Actor | null> {
  const token = bearerToken(req);
  if (token !== null) return token ? actorFromBearer(token) : null;
  if (!fromOwnPages(req)) throw new AppError("forbidden", "Requests from other sites cannot use your session. Use an API token.");
  return currentActor();
}

type RouteArgs<P> = { params: Promise<P> };

async function run<P>(req: NextRequest, args: RouteArgs<P> | undefined, options: Options, body: (ctx: ApiContext<P>) => Promise<unknown>) {
  await connection();
  const requestId = randomUUID();
  try {
    const ctx = makeContext(req, ((await args?.params) ?? {}) as P);
    const result = await body(ctx);
    if (result instanceof Response) return result;
    if (result === undefined) return new Response(null, { status: 204 });
    return Response.json(result, { status: options.status ?? 200 });
  } catch (error) {
    return toResponse(error, requestId);
  }
}

/** A route handler for signed-in callers: resolves the actor (401 without one), maps errors to one JSON shape. */
export function apiRoute<P = Record<string, never>>(fn: (actor: Actor, ctx: ApiContext<P>) => Promise<unknown>, options: Options = {}) {
  return (req: NextRequest, args?: RouteArgs<P>) =>
    run(req, args, options, async (ctx) => {
      const actor = await apiActor(req);
      if (!actor) throw new AppError("unauthenticated", "Sign in, or send a valid token as Authorization: Bearer …");
      return fn(actor, ctx);
    });
}

/** A route handler open to anonymous callers (login, register, refresh, health). */
export function publicApiRoute<P = Record<string, never>>(fn: (ctx: ApiContext<P>) => Promise<unknown>, options: Options = {}) {
  return (req: NextRequest, args?: RouteArgs<P>) => run(req, args, options, fn);
}
