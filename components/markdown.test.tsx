import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrl } from "./markdown";

const render = (source: string) => renderToStaticMarkup(<Markdown>{source}</Markdown>);

describe("Markdown", () => {
  it("renders emphasis, lists, code and tables", () => {
    const html = render("**bold** and _soft_\n\n- one\n- two\n\n1. first\n\n`code`\n\n| a | b |\n| - | - |\n| 1 | 2 |");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>soft</em>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toContain("<ol>");
    expect(html).toContain("<code>code</code>");
    expect(html).toMatch(/<th>a<\/th>[\s\S]*<td>2<\/td>/);
  });

  it("never renders raw HTML: tags come out as text", () => {
    const html = render('Hi <script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n<div onclick="x()">block</div>');
    expect(html).not.toMatch(/<script|<img|<div onclick/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=&quot;x&quot; onerror=&quot;alert(2)&quot;&gt;");
  });

  it("links open safely in a new tab; other schemes lose their address", () => {
    const html = render("[site](https://example.com/a) [mail](mailto:a@example.com) [bad](javascript:alert(1)) [data](data:text/html,x) [rel](/admin)");
    expect(html).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="mailto:a@example.com"');
    expect(html).not.toMatch(/javascript:|data:text|href="\/admin"/);
    expect(html).toContain("<span>bad</span>");
  });

  it("shows an image as a link to it, never loading it", () => {
    const html = render("![pixel](https://tracker.example/p.gif) ![evil](javascript:x)");
    expect(html).not.toContain("<img");
    expect(html).toMatch(/<a href="https:\/\/tracker\.example\/p\.gif"[^>]*>.*pixel<\/a>/);
    expect(html).not.toContain("javascript:");
  });

  it("safeUrl keeps only http(s) and mailto", () => {
    expect(safeUrl(" HTTPS://x.test ")).toBe("HTTPS://x.test");
    expect(["javascript:alert(1)", "vbscript:x", "data:x", "//evil.test", "#top", "ftp://x.test"].map(safeUrl)).toEqual(["", "", "", "", "", ""]);
  });
});

describe("Markdown for comments", () => {
  const known = new Map([["ana", "Ana Author"]]);
  const mentions = (text: string) =>
    text
      .split(/(@ana\b)/)
      .filter(Boolean)
      .map((t) => (t === "@ana" ? { text: t, title: known.get("ana") } : { text: t }));

  it("keeps single line breaks when asked", () => {
    expect(renderToStaticMarkup(<Markdown breaks>{"one\ntwo"}</Markdown>)).toMatch(/<p>one<br\/>\s*two<\/p>/);
    expect(renderToStaticMarkup(<Markdown>{"one\ntwo"}</Markdown>)).not.toContain("<br/>");
  });

  it("highlights mentions in text, never inside code", () => {
    const html = renderToStaticMarkup(<Markdown mentions={mentions}>{"Hi **@ana** and @ana\n\n`@ana`"}</Markdown>);
    expect(html.match(/data-testid="mention"/g)).toHaveLength(2);
    expect(html).toContain('<strong><span data-testid="mention" title="Ana Author"');
    expect(html).toContain("<code>@ana</code>");
  });
});
