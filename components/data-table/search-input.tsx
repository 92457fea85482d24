"use client";

import { Search } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { Input } from "@/components/ui/input";
import { useUrlParams } from "./use-url-params";

/** Free-text search, written to ?q= a moment after typing stops. */
export function SearchInput({ placeholder = "Search…" }: { placeholder?: string }) {
  const { params, setParams } = useUrlParams();
  const current = params.get("q") ?? "";
  const [text, setText] = useState(current);
  // What the URL said last time, and what this box has sent that the URL does not say yet.
  const [seen, setSeen] = useState(current);
  const [sent, setSent] = useState<string | null>(null);
  if (current !== seen) {
    setSeen(current);
    // Our own search arriving leaves the box alone (it may hold more typing by now); any other
    // change (clear all filters, a saved view, back) shows what the URL now says.
    if (current === sent) setSent(null);
    else setText(current);
  }
  const send = useCallback(() => {
    setSent(text.trim());
    setParams({ q: text.trim() });
  }, [text, setParams]);
  const settled = text.trim() === current || text.trim() === sent;
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(send, 300);
    return () => clearTimeout(timer);
  }, [settled, send]);
  return (
    <div className="relative w-full sm:w-64">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      {/* Leaving the box applies the search at once: no late update after the next click or key. */}
      <Input type="search" aria-label="Search" placeholder={placeholder} value={text} onChange={(e) => setText(e.target.value)} onBlur={() => !settled && send()} className="pl-8" />
    </div>
  );
}
