import type { NextConfig } from "next";
import { apiSecurityHeaders, staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native and WASM packages load their own files at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "pino"],
  // Lets two builds (say, a test server and a developer's) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // An API path with a trailing slash is answered, not redirected (some clients drop a POST body on
  // a redirect): a plain rewrite here, since a rewrite from proxy.ts is proxied over HTTP when the
  // server binds a specific HOSTNAME, and hangs. proxy.ts redirects pages as Next would.
  skipTrailingSlashRedirect: true,
  async rewrites() {
    return { beforeFiles: [{ source: "/api/:path+/", destination: "/api/:path+" }], afterFiles: [], fallback: [] };
  },
  typedRoutes: false,
  async headers() {
    // Pages get their CSP (with a nonce) from proxy.ts; API answers get theirs here, proxy or not.
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      { source: "/api/:path*", headers: apiSecurityHeaders },
    ];
  },
};

export default nextConfig;
