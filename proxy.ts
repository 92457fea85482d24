import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/next-auth.config";
import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

const { auth } = NextAuth(authConfig);

const publicPaths = ["/login", "/register", "/docs"];

/**
 * A page's CSP with a nonce of its own. Next reads the nonce from the request's CSP header and puts
 * it on its own scripts; the root layout reads x-nonce for ours. /docs sets its own CSP.
 */
function pageHeaders(req: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { eval: process.env.NODE_ENV === "development" });
  const request = new Headers(req.headers);
  request.set("x-nonce", nonce);
  request.set("content-security-policy", csp);
  return { request, csp };
}

/**
 * Only a convenience: sends anonymous visitors to the sign-in page and strips a trailing slash from
 * page paths. Every rule is enforced again in lib/ on every request.
 */
export const proxy = auth((req) => {
  const { pathname } = req.nextUrl;
  // API paths with a trailing slash are rewritten in next.config.ts; pages get Next's usual redirect.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const { request, csp } = pageHeaders(req);
  const withCsp = (res: NextResponse) => {
    res.headers.set("Content-Security-Policy", csp);
    return res;
  };
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // A plain URL: a cloned nextUrl would put the trailing slash back and loop.
    return withCsp(NextResponse.redirect(new URL(pathname.replace(/\/+$/, "") + req.nextUrl.search, req.url), 308));
  }
  if (!req.auth && !publicPaths.some((p) => pathname === p || pathname.startsWith(p + "/"))) {
    const url = new URL("/login", req.nextUrl);
    if (pathname !== "/") url.searchParams.set("next", pathname + req.nextUrl.search);
    return withCsp(NextResponse.redirect(url));
  }
  if (pathname === "/docs") return NextResponse.next();
  return withCsp(NextResponse.next({ request: { headers: request } }));
});

export const config = {
  // Uploads skip the proxy: Next buffers a request body for it and cuts it at 10 MB, below the
  // attachment size limit (25 MB by default). The upload route checks the session itself.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|scalar/|api/v1/tickets/[^/]+/attachments/?$|.*\\.(?:png|svg|ico|js|css)$).*)"],
};
