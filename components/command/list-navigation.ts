/**
 * j/k in any list: rows are the elements marked `data-row` (tables, cards, whatever draws them), so
 * lists need no code of their own. The row gets the focus; Enter opens its first link.
 */
const ROW = "[data-row]";

function visibleRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ROW)].filter((el) => el.offsetParent !== null || el.getClientRects().length > 0);
}

/** Moves the focus one row down (+1) or up (-1); from outside the list, j takes the first row. */
export function moveRowFocus(step: 1 | -1): boolean {
  const rows = visibleRows();
  if (!rows.length) return false;
  const current = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(ROW) : null;
  const index = current ? rows.indexOf(current) : -1;
  const next = rows[index < 0 ? (step === 1 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, index + step))];
  // A row that is not focusable yet becomes so (programmatically only: Tab still goes through links).
  if (!next.hasAttribute("tabindex")) next.tabIndex = -1;
  next.focus();
  next.scrollIntoView({ block: "nearest" });
  return true;
}

/** Enter on a focused row: follow its main link (a `data-row-link`, else its first link). */
export function openFocusedRow(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || !target.matches(ROW)) return false;
  const link = target.querySelector<HTMLElement>("[data-row-link]") ?? target.querySelector<HTMLElement>("a[href]");
  if (!link) return false;
  link.click();
  return true;
}
