/**
 * Set by scripts/start.mjs on every request from the socket address (or, with TRUST_PROXY, from the
 * proxy's X-Forwarded-For); whatever a client sends under this name is overwritten.
 */
export const CLIENT_IP_HEADER = "x-crewdesk-client-ip";

export function clientIp(headers: Headers): string {
  const fromServer = headers.get(CLIENT_IP_HEADER);
  if (fromServer) return fromServer;
  // Under plain `next dev` only the forwarded header exists.
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
