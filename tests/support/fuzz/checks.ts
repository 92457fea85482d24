import { errorCodes } from "@/lib/errors";

// What no answer may contain, whatever was sent: a stack trace, SQL or a driver's message, a path on
// the server, a password hash or a secret-looking token.
const leaks: [string, RegExp][] = [
  ["stack trace", /\bat [\w$.<>]+ \(|\bat (?:async )?[^\s()]+:\d+:\d+|\n\s+at /],
  ["SQL", /\b(?:select|insert into|update|delete from)\b[^"]{0,80}\b(?:from|where|values|set)\b|syntax error at|violates .* constraint|relation "|column "|duplicate key|invalid input syntax|invalid byte sequence|out of range for type/i],
  ["file path", /(?:\/(?:work|home|usr|tmp|var|opt|root|srv)\/[\w.-]+)|node_modules|\.next\/server|webpack|[A-Z]:\\\\/],
  ["hash", /\$argon2(?:id|i|d)\$|\$2[aby]\$\d\d\$/],
];

export type Answer = { status: number; contentType: string; text: string };

/** Every way the answer breaks the contract; empty when it keeps it. */
export function contractBreaks(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (answer.status >= 400) {
    let body: { error?: { code?: unknown; message?: unknown } } | undefined;
    try {
      body = JSON.parse(answer.text);
    } catch {
      problems.push(`a ${answer.status} that is not JSON`);
    }
    if (body) {
      const { code, message } = body.error ?? {};
      if (!(errorCodes as readonly unknown[]).includes(code)) problems.push(`error.code ${JSON.stringify(code)} is not one of the API's codes`);
      if (typeof message !== "string" || !message) problems.push("error.message missing");
    }
  }
  for (const [what, pattern] of leaks) if (pattern.test(answer.text)) problems.push(`${what} in the body`);
  return problems;
}
