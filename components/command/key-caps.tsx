"use client";

import { useSyncExternalStore } from "react";

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
/** "Mod" is ⌘ on Apple devices and Ctrl elsewhere; the server renders Ctrl, the browser corrects it. */
export const useModKey = () => useSyncExternalStore(() => () => {}, () => (isMac() ? "⌘" : "Ctrl"), () => "Ctrl");

export function Kbd({ children }: { children: React.ReactNode }) {
  return <kbd className="inline-flex h-5 min-w-5 items-center justify-center rounded border bg-muted px-1 font-mono text-[11px] font-medium text-foreground">{children}</kbd>;
}

/** A shortcut's keys as key caps: "G then D" for a sequence, "⌘ K" for a chord. */
export function KeyCaps({ keys, sequence }: { keys: readonly string[]; sequence?: boolean }) {
  const mod = useModKey();
  return (
    <span className="inline-flex items-center gap-1" aria-label={keys.map((k) => (k === "Mod" ? mod : k)).join(sequence ? " then " : " + ")}>
      {keys.map((k, i) => (
        <span key={k} className="inline-flex items-center gap-1" aria-hidden>
          {i > 0 && sequence && <span className="text-xs text-muted-foreground">then</span>}
          <Kbd>{k === "Mod" ? mod : k}</Kbd>
        </span>
      ))}
    </span>
  );
}
