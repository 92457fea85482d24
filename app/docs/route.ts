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

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Crewdesk API reference</title>
  </head>
  <body>
    <script id="api-reference" data-url="/api/openapi.json" data-configuration='${JSON.stringify(configuration)}'></script>
    <script src="/scalar/standalone.js"></script>
  </body>
</html>
`;

export function GET() {
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
