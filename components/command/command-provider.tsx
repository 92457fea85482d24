"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { CommandContext, type PageRecord } from "./command-context";
import type { PaletteLink } from "./command-palette";
import { moveRowFocus, openFocusedRow } from "./list-navigation";
import { isTypingTarget, matchShortcut, SEQUENCE_MS, type ShortcutId } from "./shortcuts";
import { ShortcutsDialog } from "./shortcuts-dialog";

// The palette's code (cmdk) is fetched when it is first opened, not with every page.
const CommandPalette = dynamic(() => import("./command-palette").then((m) => m.CommandPalette), { ssr: false });

/** Another dialog (a confirmation, a menu) has the keyboard: single keys belong to it. */
const anotherLayerOpen = () => !!document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]');

/** The search box of the page's list, if it has one. */
const pageSearch = () => document.querySelector<HTMLInputElement>('[data-search-input], input[type="search"]');

/** The palette, the "?" dialog and the app-wide shortcuts, around every signed-in page. */
export function CommandProvider({ links, children }: { links: PaletteLink[]; children: React.ReactNode }) {
  const router = useRouter();
  const [paletteOpen, setPaletteOpen] = useState(false);
  // Once opened, it stays mounted so that closing animates and gives the focus back.
  const [paletteWanted, setPaletteWanted] = useState(false);
  if (paletteOpen && !paletteWanted) setPaletteWanted(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const [record, setRecord] = useState<PageRecord | null>(null);
  const previous = useRef<{ key: string; at: number } | null>(null);

  useEffect(() => {
    const run: Record<ShortcutId, () => boolean> = {
      palette: () => (setPaletteOpen(true), true),
      help: () => (setHelpOpen(true), true),
      search: () => {
        const input = pageSearch();
        if (!input) return run.palette();
        input.focus();
        input.select();
        return true;
      },
      newRequest: () => (router.push("/tickets/new"), true),
      goDashboard: () => (router.push("/"), true),
      goTickets: () => (router.push("/tickets"), true),
      next: () => moveRowFocus(1),
      previous: () => moveRowFocus(-1),
      open: () => false,
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // ⌘K / Ctrl+K works everywhere, also while typing: it is how one leaves a field for the palette.
      if ((event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setPaletteOpen((open) => !open);
        return;
      }
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target) || anotherLayerOpen()) return;
      if (event.key === "Enter") {
        if (openFocusedRow(event.target)) event.preventDefault();
        return;
      }
      // Shift only as part of a character ("?"), never as a modifier of a letter shortcut.
      if (event.shiftKey && event.key.length === 1 && /[a-z]/i.test(event.key)) return;
      const last = previous.current && event.timeStamp - previous.current.at < SEQUENCE_MS ? previous.current.key : null;
      const id = matchShortcut(event.key, last);
      previous.current = id ? null : { key: event.key, at: event.timeStamp };
      if (id && run[id]()) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router]);

  const context = useMemo(() => ({ paletteOpen, setPaletteOpen, helpOpen, setHelpOpen, record, setRecord }), [paletteOpen, helpOpen, record]);
  return (
    <CommandContext.Provider value={context}>
      {children}
      {paletteWanted && <CommandPalette links={links} />}
      <ShortcutsDialog />
    </CommandContext.Provider>
  );
}
