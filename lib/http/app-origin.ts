import { NextRequest } from "next/server";
import { env } from "@/lib/env";

/**
 * The request as if it had come to APP_URL. Behind the custom server the request URL names the bind
 * address (http://0.0.0.0:PORT), and next-auth builds its redirects and form actions from it.
 */
export function onAppOrigin(req: NextRequest): NextRequest {
  const origin = new URL(env().APP_URL).origin;
  return new NextRequest(req.nextUrl.href.replace(req.nextUrl.origin, origin), req);
}
