/**
 * The server's clock when a page renders, handed to relative dates ("3h ago") so the HTML and the
 * browser's first render agree; the browser takes over after hydration. Read once per page.
 */
export const renderedAt = (): number => Date.now();
