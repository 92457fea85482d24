/**
 * Two small remark plugins for comments, written against the syntax tree's shape so no extra
 * package is needed: line breaks kept as typed (as in GitHub comments), and @mentions of known
 * users drawn as highlighted spans. Only plain text nodes are touched, never code.
 */
type Node = { type: string; value?: string; children?: Node[]; data?: Record<string, unknown> };

/** A run of text; with a `title` it is a mention of the person so named. */
export type HighlightPart = { text: string; title?: string };

function mapText(node: Node, replace: (text: Node) => Node[]): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === "text") return replace(child);
    mapText(child, replace);
    return [child];
  });
}

/** Every line break inside a paragraph becomes a <br>. */
export const remarkKeepBreaks = () => (tree: Node) =>
  mapText(tree, (node) => (node.value ?? "").split("\n").flatMap((line, i) => (i === 0 ? [{ type: "text", value: line }] : [{ type: "break" }, { type: "text", value: line }])));

/** Mentions, as `split` finds them in a text, become <span data-testid="mention" title=name>. */
export const remarkMentions = (split: (text: string) => HighlightPart[]) => () => (tree: Node) =>
  mapText(tree, (node) =>
    split(node.value ?? "").map((part) =>
      part.title === undefined
        ? { type: "text", value: part.text }
        : {
            type: "mention",
            children: [{ type: "text", value: part.text }],
            data: {
              hName: "span",
              hProperties: { "data-testid": "mention", title: part.title, className: "rounded bg-sky-500/10 px-0.5 font-medium text-sky-700 dark:text-sky-300" },
            },
          },
    ),
  );
