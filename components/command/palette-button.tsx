"use client";

import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useCommands } from "./command-context";
import { Kbd, useModKey } from "./key-caps";

/** The header's way into the palette, for the mouse and for phones; it names the shortcut. */
export function PaletteButton() {
  const { setPaletteOpen } = useCommands();
  const mod = useModKey();
  return (
    <Button type="button" variant="outline" size="sm" className="gap-2 text-muted-foreground sm:w-56 sm:justify-start" onClick={() => setPaletteOpen(true)} aria-keyshortcuts="Control+K Meta+K">
      <Search aria-hidden />
      <span className="hidden sm:inline">Search or jump to…</span>
      <span className="sr-only sm:hidden">Search</span>
      <span className="ml-auto hidden items-center gap-0.5 sm:inline-flex" aria-hidden>
        <Kbd>{mod}</Kbd>
        <Kbd>K</Kbd>
      </span>
    </Button>
  );
}
