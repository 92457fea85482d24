/**
 * Every keyboard shortcut of the app, once: the key handler dispatches on these ids and the "?"
 * dialog lists them, so the help can never describe a key that does something else.
 */
export const shortcuts = [
  { id: "palette", keys: ["Mod", "K"], description: "Open the command palette", group: "General" },
  { id: "help", keys: ["?"], description: "Show keyboard shortcuts", group: "General" },
  { id: "search", keys: ["/"], description: "Search this list (or open the palette)", group: "General" },
  { id: "newRequest", keys: ["C"], description: "New request", group: "General" },
  { id: "goDashboard", keys: ["G", "D"], sequence: true, description: "Go to the dashboard", group: "Navigation" },
  { id: "goTickets", keys: ["G", "T"], sequence: true, description: "Go to tickets", group: "Navigation" },
  { id: "next", keys: ["J"], description: "Next row in a list", group: "Lists" },
  { id: "previous", keys: ["K"], description: "Previous row in a list", group: "Lists" },
  { id: "open", keys: ["Enter"], description: "Open the selected row", group: "Lists" },
] as const satisfies readonly Shortcut[];

export type Shortcut = {
  id: string;
  /** As shown; a single-key shortcut's key is matched case-insensitively. "Mod" is ⌘ on a Mac, Ctrl elsewhere. */
  keys: readonly string[];
  /** The keys are pressed one after the other (g then d), not together. */
  sequence?: boolean;
  description: string;
  group: string;
};
export type ShortcutId = (typeof shortcuts)[number]["id"];

/** How long the second key of a sequence (g d) may wait for. */
export const SEQUENCE_MS = 1000;

/**
 * The shortcut a key press completes, given the key pressed just before (for sequences). The palette
 * (Mod+K) and Enter on a row are matched by their own handlers: they must work with a modifier, or
 * only where a row has focus.
 */
export function matchShortcut(key: string, previous: string | null): ShortcutId | null {
  const pressed = key.length === 1 ? key.toUpperCase() : key;
  for (const s of shortcuts) {
    if (s.id === "palette" || s.id === "open") continue;
    const keys = s.keys as readonly string[];
    if ("sequence" in s && s.sequence) {
      if (previous && previous.toUpperCase() === keys[0] && pressed === keys[1]) return s.id;
    } else if (keys.length === 1 && keys[0] === pressed) {
      return s.id;
    }
  }
  return null;
}

/** Typing in a field, a text area or an editable element: single keys are text there, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(type);
  }
  return !!target.closest("[contenteditable='true'], [role='textbox'], [role='combobox']");
}
