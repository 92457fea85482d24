// Any base will do: only the path of a same-origin result is used.
const BASE = "http://crewdesk.invalid";

/**
 * Where to go after sign-in: only a path on this site, so ?next= cannot send anyone elsewhere.
 * Resolved as a browser would resolve it (which strips tabs and newlines and reads "\" as "/"), and
 * kept only if it stays on this origin; control characters and backslashes are refused outright.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = url.pathname + url.search + url.hash;
  if (path === "/login" || path.startsWith("/login?") || path.startsWith("/register") || path.startsWith("//")) return "/";
  return path;
}
