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
  useEffect(() => {
    if (text === current) return;
    const timer = setTimeout(() => setParams({ q: text.trim() }), 300);
    return () => clearTimeout(timer);
  }, [text, current, setParams]);
  return (
    <div className="relative w-full sm:w-64">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input type="search" aria-label="Search" placeholder={placeholder} value={text} onChange={(e) => setText(e.target.value)} className="pl-8" />
    </div>
  );
}
