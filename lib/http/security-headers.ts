/**
 * The security headers of every answer, in one place. next.config.ts sends the static ones on every
 * path (so API answers carry them whether or not the proxy runs there); proxy.ts gives each page a
 * Content-Security-Policy with a nonce of its own; /docs builds its own (Scalar needs inline styles).
 * HSTS is added by scripts/start.mjs, which knows whether the request came over TLS.
 * No imports: next.config.ts and the edge proxy both load this file.
 */

/** Browser features the app never uses, switched off for it and anything it embeds. */
export const permissionsPolicy = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "browsing-topics=()",
  "interest-cohort=()",
].join(", ");

/** Sent on every answer. */
export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors in the CSP says the same to current browsers; this is for older ones.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: permissionsPolicy },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * API answers (JSON, and downloaded attachments) run no script and load nothing, in a sandbox should a
 * browser render one as a document; never stored by a browser or a shared cache.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";
export const apiSecurityHeaders: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: API_CSP },
  { key: "Cache-Control", value: "no-store" },
];

/** An unguessable value for one answer's CSP (base64 of 16 random bytes). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

type CspOptions = {
  /** next dev evaluates code for fast refresh; Scalar's bundle compiles code at run time: 'unsafe-eval' there only. */
  eval?: boolean;
};

/**
 * The CSP of an HTML page: scripts only with this answer's nonce (and what they load: strict-dynamic),
 * everything else from our own origin; no plugins, no framing, forms post only to us.
 */
export function contentSecurityPolicy(nonce: string, options: CspOptions = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.eval ? " 'unsafe-eval'" : ""}`,
    // The fallback of browsers that know neither style-src-elem nor style-src-attr.
    "style-src 'self' 'unsafe-inline'",
    // Scalar and the toasts add <style> elements that carry no nonce; styles run no code.
    "style-src-elem 'self' 'unsafe-inline'",
    // Components set style="" attributes (charts, popovers); attributes cannot carry a nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
