"use client";

import { createContext, useContext, useEffect } from "react";
import type { FormState } from "@/lib/forms/form-state";

/** One thing the palette can do on the page's record: a ticket action, with what it must ask first. */
export type PageCommand = {
  id: string;
  label: string;
  /** Ask for text before running (a reason); `required` refuses an empty one. */
  prompt?: { label: string; required: boolean; submitLabel: string };
  /** Ask "are you sure?" first (moving to trash). */
  confirm?: { title: string; submitLabel: string };
  run: (input: Record<string, string>) => Promise<FormState | void>;
};

/** The record the current page shows, as the palette offers it ("Actions on T-12"). */
export type PageRecord = { title: string; commands: PageCommand[] };

type CommandContext = {
  paletteOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
  record: PageRecord | null;
  setRecord: (record: PageRecord | null) => void;
};

export const CommandContext = createContext<CommandContext | null>(null);

export function useCommands(): CommandContext {
  const context = useContext(CommandContext);
  if (!context) throw new Error("useCommands needs a CommandProvider");
  return context;
}

/** A page says which record it shows and what can be done to it; it is forgotten when the page goes. */
export function usePageRecord(record: PageRecord) {
  const { setRecord } = useCommands();
  useEffect(() => {
    setRecord(record);
    return () => setRecord(null);
  }, [record, setRecord]);
}
