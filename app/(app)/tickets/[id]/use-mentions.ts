"use client";

import { useEffect, useId, useState } from "react";
import type { MentionedUser } from "@/lib/tickets/comment-schemas";

// What is being typed right before the caret: an @ not glued to a word (as the server reads mentions).
const TYPING_MENTION = /(?:^|[^\w.@-])@([A-Za-z0-9._-]{0,40})$/;
const DEBOUNCE_MS = 100;

type Typing = { text: string; start: number };

/**
 * @mention autocomplete for a comment box: the people a mention would reach (the server's rule, via
 * GET /api/v1/tickets/{id}/mention-candidates) matching what follows the @; arrows move, Enter or
 * Tab inserts "@username ", Escape closes.
 */
export function useMentions(ticketId: string) {
  const listId = useId();
  const [typing, setTyping] = useState<Typing | null>(null);
  const [found, setFound] = useState<{ for: string; users: MentionedUser[] } | null>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!typing) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/v1/tickets/${ticketId}/mention-candidates?q=${encodeURIComponent(typing.text)}`, { signal: controller.signal });
        const users = res.ok ? ((await res.json()) as { items: MentionedUser[] }).items : [];
        setFound({ for: typing.text, users });
        setActive(0);
      } catch {
        // A newer keystroke aborted it.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [ticketId, typing]);

  const candidates = typing && found?.for === typing.text ? found.users : [];
  const open = candidates.length > 0;

  /** After each keystroke or caret move: is an @mention being typed? */
  const update = (el: HTMLTextAreaElement) => {
    const caret = el.selectionStart;
    const match = el.selectionEnd === caret ? TYPING_MENTION.exec(el.value.slice(0, caret)) : null;
    const next = match ? { text: match[1], start: caret - match[1].length - 1 } : null;
    setTyping((prev) => (prev?.text === next?.text && prev?.start === next?.start ? prev : next));
  };

  const insert = (el: HTMLTextAreaElement, user: MentionedUser) => {
    if (!typing) return;
    el.setRangeText(`@${user.username} `, typing.start, el.selectionStart, "end");
    // Tell React (and whoever listens) that the text changed.
    el.dispatchEvent(new Event("input", { bubbles: true }));
    setTyping(null);
    el.focus();
  };

  /** The box's keys while the list is open; true when the key was the list's. */
  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open) return false;
    const move = (step: number) => setActive((i) => (i + step + candidates.length) % candidates.length);
    if (event.key === "ArrowDown") move(1);
    else if (event.key === "ArrowUp") move(-1);
    else if ((event.key === "Enter" && !event.ctrlKey && !event.metaKey) || event.key === "Tab") insert(event.currentTarget, candidates[Math.min(active, candidates.length - 1)]);
    else if (event.key === "Escape") setTyping(null);
    else return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  const optionId = (i: number) => `${listId}-${i}`;
  /** What the text area needs to say it drives a list (combobox pattern). */
  const inputProps = {
    // No aria-expanded: a textarea is a textbox, where it is not allowed (axe: aria-allowed-attr).
    "aria-autocomplete": "list" as const,
    "aria-controls": open ? listId : undefined,
    "aria-activedescendant": open ? optionId(Math.min(active, candidates.length - 1)) : undefined,
  };
  return { open, candidates, active, listId, optionId, inputProps, update, insert, onKeyDown, close: () => setTyping(null) };
}
