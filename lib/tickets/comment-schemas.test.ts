import { describe, expect, it } from "vitest";
import { commentParts } from "./comment-schemas";

const known = new Set(["ana", "bob.smith", "dot."]);
const render = (body: string) => commentParts(body, known).map((p) => (p.mention ? `[${p.text}]` : p.text)).join("");

describe("commentParts", () => {
  it("marks mentions of known users, case-insensitively, and keeps every character of the text", () => {
    const body = "Hi @Ana and @nobody,\ncc @bob.smith — mail ana@corp.com";
    expect(render(body)).toBe("Hi [@Ana] and @nobody,\ncc [@bob.smith] — mail ana@corp.com");
    expect(commentParts(body, known).map((p) => p.text).join("")).toBe(body);
    expect(commentParts(body, known).filter((p) => p.mention).map((p) => p.mention)).toEqual(["ana", "bob.smith"]);
  });

  it("leaves a sentence's full stop out of the mention unless the username really ends in it", () => {
    expect(render("Thanks @ana. And @dot.")).toBe("Thanks [@ana]. And [@dot.]");
  });

  it("returns the text as one part when nobody known is mentioned, and nothing for an empty body", () => {
    expect(commentParts("<b>@x</b> @someone", known)).toEqual([{ text: "<b>@x</b> @someone" }]);
    expect(commentParts("", known)).toEqual([]);
  });
});
