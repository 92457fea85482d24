/** Where to go after sign-in: only a path on this site, so ?next= cannot send anyone elsewhere. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next === "/login" || next.startsWith("/login?") || next.startsWith("/register")) return "/";
  return next;
}
