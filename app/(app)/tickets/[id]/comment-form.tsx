"use client";

import { Reply } from "lucide-react";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { addCommentAction } from "../actions";
import { useMentions } from "./use-mentions";

type Props = {
  ticketId: string;
  /** The comment answered; none for a new top-level comment. */
  parentId?: string;
  label: string;
  submitLabel: string;
  autoFocus?: boolean;
  onPosted?: () => void;
  onCancel?: () => void;
};

// Ctrl/⌘+Enter posts, as in most comment boxes.
const submitOnCtrlEnter = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
};

// The preview's markdown renderer is fetched the first time someone asks for a preview.
const Markdown = dynamic(() => import("@/components/markdown").then((m) => m.Markdown), { loading: () => <p className="text-sm text-muted-foreground">Loading preview…</p> });

/**
 * A comment or reply box: Write / Preview, @mention autocomplete, the body's error under it, what
 * was typed kept on error, emptied once posted.
 */
export function CommentForm({ ticketId, parentId, label, submitLabel, autoFocus, onPosted, onCancel }: Props) {
  const [text, setText] = useState("");
  const [preview, setPreview] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const mentions = useMentions(ticketId);
  const [state, formAction] = useFormAction(async (prev: FormState, formData: FormData) => {
    const next = await addCommentAction(prev, formData);
    if (next.ok) {
      setText("");
      setPreview(false);
      onPosted?.();
    }
    return next;
  }, initialFormState);
  // The body's own error says it all; anything else (the ticket is gone, the server failed) goes above.
  const onlyBodyErrors = !!state.fields && Object.keys(state.fields).every((name) => name === "body");
  const showWrite = () => {
    setPreview(false);
    setTimeout(() => box.current?.focus());
  };
  return (
    <form action={formAction} aria-label={label} className="grid gap-2">
      <input type="hidden" name="id" value={ticketId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {!state.ok && !onlyBodyErrors && <FormMessage state={state} />}
      <div className="flex gap-1" role="group" aria-label="Comment view">
        <Button type="button" variant={preview ? "ghost" : "secondary"} size="sm" className="h-7" aria-pressed={!preview} onClick={showWrite}>
          Write
        </Button>
        <Button type="button" variant={preview ? "secondary" : "ghost"} size="sm" className="h-7" aria-pressed={preview} onClick={() => setPreview(true)}>
          Preview
        </Button>
      </div>
      {/* Hidden, not removed, while previewing: the text is still what the form sends. */}
      <div className={preview ? "hidden" : "relative"}>
        <TextAreaField
          ref={box}
          name="body"
          label={label}
          state={state}
          rows={parentId ? 2 : 3}
          placeholder="Write a comment… Markdown works; type @ to mention someone"
          autoFocus={autoFocus}
          {...mentions.inputProps}
          onChange={(event) => {
            setText(event.currentTarget.value);
            mentions.update(event.currentTarget);
          }}
          onSelect={(event) => mentions.update(event.currentTarget)}
          onBlur={mentions.close}
          onKeyDown={(event) => {
            if (mentions.onKeyDown(event)) return;
            submitOnCtrlEnter(event);
            if (event.key === "Escape") onCancel?.();
          }}
        />
        {mentions.open && (
          <ul
            id={mentions.listId}
            role="listbox"
            aria-label="People to mention"
            className="absolute inset-x-0 top-full z-20 mt-1 grid max-h-60 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
          >
            {mentions.candidates.map((user, i) => (
              <li
                key={user.id}
                id={mentions.optionId(i)}
                role="option"
                aria-selected={i === mentions.active}
                // Keep the focus in the text area: the click inserts, the box stays where it was.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => box.current && mentions.insert(box.current, user)}
                className="flex cursor-pointer items-baseline gap-2 rounded-sm px-2 py-1.5 text-sm aria-selected:bg-accent aria-selected:text-accent-foreground"
              >
                <span className="font-medium">{user.name}</span>
                <span className="text-muted-foreground">@{user.username}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {preview && (
        <div data-testid="comment-preview" aria-label="Preview" className="min-h-20 rounded-md border px-3 py-2">
          {text.trim() ? <Markdown breaks>{text}</Markdown> : <p className="text-sm text-muted-foreground">Nothing to preview.</p>}
        </div>
      )}
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <SubmitButton size="sm">{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

/** A comment's Reply button, which opens a reply box under the comment and closes it once posted. */
export function ReplyBox({ ticketId, parentId, author }: { ticketId: string; parentId: string; author: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div>
        <Button type="button" variant="ghost" size="sm" className="-ml-2 h-7 text-muted-foreground" onClick={() => setOpen(true)}>
          <Reply aria-hidden /> Reply
        </Button>
      </div>
    );
  }
  return <CommentForm ticketId={ticketId} parentId={parentId} label={`Reply to @${author}`} submitLabel="Reply" autoFocus onPosted={() => setOpen(false)} onCancel={() => setOpen(false)} />;
}
