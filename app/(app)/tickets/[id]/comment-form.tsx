"use client";

import { Reply } from "lucide-react";
import { useActionState, useState } from "react";
import { TextAreaField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { addCommentAction } from "../actions";

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

/** A comment or reply box: the body's error under it, what was typed kept on error, emptied once posted. */
export function CommentForm({ ticketId, parentId, label, submitLabel, autoFocus, onPosted, onCancel }: Props) {
  const [state, formAction] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await addCommentAction(prev, formData);
    if (next.ok) onPosted?.();
    return next;
  }, initialFormState);
  // The body's own error says it all; anything else (the ticket is gone, the server failed) goes above.
  const onlyBodyErrors = !!state.fields && Object.keys(state.fields).every((name) => name === "body");
  return (
    <form action={formAction} aria-label={label} className="grid gap-2">
      <input type="hidden" name="id" value={ticketId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {!state.ok && !onlyBodyErrors && <FormMessage state={state} />}
      <TextAreaField
        name="body"
        label={label}
        state={state}
        rows={parentId ? 2 : 3}
        placeholder="Write a comment… Use @username to mention someone"
        autoFocus={autoFocus}
        onKeyDown={(event) => {
          submitOnCtrlEnter(event);
          if (event.key === "Escape") onCancel?.();
        }}
      />
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
