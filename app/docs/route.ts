import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

// The API reference: Scalar's standalone bundle, copied into public/scalar/ at build
// (scripts/copy-scalar.mjs), reads the document named by data-url. Nothing loads from another host:
// default fonts (fonts.scalar.com), telemetry, and the hosted extras (AI agent, MCP, the developer
// toolbar's share/deploy) are off.
const configuration = {
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
};

// Scalar's zod probes for eval (its JIT) and the CSP refuses it: tell it not to try.
const zodWithoutEval = "globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });";

const html = (nonce: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Crewdesk API reference</title>
  </head>
  <body>
    <script id="api-reference" nonce="${nonce}" data-url="/api/openapi.json" data-configuration='${JSON.stringify(configuration)}'></script>
    <script nonce="${nonce}">${zodWithoutEval}</script>
    <script nonce="${nonce}" src="/scalar/standalone.js"></script>
  </body>
</html>
`;

// Its own CSP (the proxy leaves /docs alone): Scalar's bundle compiles code at run time (eval).
export function GET() {
  const nonce = newNonce();
  return new Response(html(nonce), {
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": contentSecurityPolicy(nonce, { eval: true }) },
  });
}
