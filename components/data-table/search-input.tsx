"use client";

import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Input } from "@/components/ui/input";
import { useUrlParams } from "./use-url-params";

/** Free-text search, written to ?q= a moment after typing stops. */
export function SearchInput({ placeholder = "Search…" }: { placeholder?: string }) {
  const { params, setParams } = useUrlParams();
  const current = params.get("q") ?? "";
  const [text, setText] = useState(current);
  const [sent, setSent] = useState(current);
  // The URL changed from elsewhere (clear all filters, a saved view, back): show what it now says.
  // What this box sent itself is left alone, so a slow reply never eats what is being typed.
  if (current !== sent) {
    setSent(current);
    setText(current);
  }
  useEffect(() => {
    if (text.trim() === current) return;
    const timer = setTimeout(() => {
      setSent(text.trim());
      setParams({ q: text.trim() });
    }, 300);
    return () => clearTimeout(timer);
  }, [text, current, setParams]);
  return (
    <div className="relative w-full sm:w-64">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input type="search" aria-label="Search" placeholder={placeholder} value={text} onChange={(e) => setText(e.target.value)} className="pl-8" />
    </div>
  );
}
