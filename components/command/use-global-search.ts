"use client";

import { useEffect, useState } from "react";
import type { SearchResult } from "@/lib/search/schemas";

const DEBOUNCE_MS = 150;

/** GET /api/v1/search as the user types: the latest answer wins, an older request is aborted. */
export function useGlobalSearch(query: string): { result: SearchResult | null; loading: boolean } {
  const [state, setState] = useState<{ q: string; result: SearchResult | null }>({ q: "", result: null });
  const q = query.trim();
  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/v1/search?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: "application/json" } });
        setState({ q, result: res.ok ? ((await res.json()) as SearchResult) : { tickets: [], people: [] } });
      } catch {
        // Aborted by a newer query, or offline: the palette still offers pages and actions.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  if (!q) return { result: null, loading: false };
  return { result: state.q === q ? state.result : null, loading: state.q !== q };
}
