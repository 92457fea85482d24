import type { NextConfig } from "next";

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
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
