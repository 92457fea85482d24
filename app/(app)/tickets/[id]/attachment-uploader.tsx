"use client";

import { Paperclip, RotateCw, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatBytes } from "@/lib/format-bytes";
import type { AttachmentLimits } from "@/lib/tickets/attachment-schemas";
import { cn } from "@/lib/utils";

type Upload = {
  key: number;
  file: File;
  /** Percent of the bytes sent. */
  progress: number;
  /** In line behind other uploads: the server takes a few at a time from one person. */
  waiting?: boolean;
  error?: string;
  /** A network or server failure may work a second time; a refusal (too large, wrong type) will not. */
  retryable?: boolean;
};

type Props = { ticketId: string; limits: AttachmentLimits; children: React.ReactNode };

/**
 * The attachments card: the list (rendered on the server, passed as children), a file picker and a
 * drop target. Each file is sent on its own with XMLHttpRequest, whose upload events give a real
 * progress bar, at most `limits.maxConcurrent` at a time (the others wait their turn); a file that
 * fails keeps its row with the server's reason, the others carry on.
 */
export function AttachmentUploader({ ticketId, limits, children }: Props) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const requests = useRef(new Map<number, XMLHttpRequest>());
  const queue = useRef<{ key: number; file: File }[]>([]);
  const nextKey = useRef(0);
  // dragenter/dragleave fire for every child the pointer crosses: count them to know when it has left the card.
  const dragDepth = useRef(0);
  const hintId = useId();

  // Leaving the page stops uploads still in flight.
  useEffect(() => {
    const inFlight = requests.current;
    return () => inFlight.forEach((xhr) => xhr.abort());
  }, []);

  const update = (key: number, patch: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  const remove = (key: number) => setUploads((list) => list.filter((u) => u.key !== key));
  const fail = (key: number, error: string, retryable = false) => update(key, { error, retryable, progress: 0 });

  /** The reason for a refused upload: the API's message, or one of our own when the answer is not the API's. */
  function reasonOf(xhr: XMLHttpRequest): string {
    const message = (xhr.response as { error?: { message?: unknown } } | null)?.error?.message;
    if (typeof message === "string" && message) return message;
    if (xhr.status === 413) return `The file is larger than the limit of ${limits.maxMb} MB.`;
    if (xhr.status === 415) return `This type of file is not accepted. Allowed: ${limits.allowed}.`;
    return `The upload failed (error ${xhr.status}). Try again.`;
  }

  /** Starts waiting uploads while fewer than the server's limit are on their way. */
  function startNext() {
    while (requests.current.size < limits.maxConcurrent && queue.current.length) {
      const next = queue.current.shift()!;
      update(next.key, { waiting: false });
      send(next.key, next.file);
    }
  }

  function finished(key: number) {
    requests.current.delete(key);
    startNext();
  }

  function enqueue(key: number, file: File) {
    // The server checks again; this only spares uploading a file that cannot be accepted.
    if (file.size > limits.maxBytes) return fail(key, `The file is larger than the limit of ${limits.maxMb} MB.`);
    queue.current.push({ key, file });
    update(key, { waiting: true });
    startNext();
  }

  function send(key: number, file: File) {
    const xhr = new XMLHttpRequest();
    requests.current.set(key, xhr);
    xhr.open("POST", `/api/v1/tickets/${encodeURIComponent(ticketId)}/attachments`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) update(key, { progress: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.onload = () => {
      finished(key);
      if (xhr.status === 201) {
        // Drop the row in the same render that brings the file into the list.
        startTransition(() => {
          router.refresh();
          remove(key);
        });
      } else {
        // Busy (429, say another tab is uploading) or a server failure may work a second time.
        fail(key, reasonOf(xhr), xhr.status >= 500 || xhr.status === 429);
      }
    };
    xhr.onerror = () => {
      finished(key);
      fail(key, "The upload did not reach the server. Check the connection and try again.", true);
    };
    const body = new FormData();
    body.append("file", file);
    xhr.send(body);
  }

  function add(files: FileList | null) {
    if (!files?.length) return;
    const added = Array.from(files, (file) => ({ key: nextKey.current++, file, progress: 0 }));
    setUploads((list) => [...list, ...added]);
    for (const u of added) enqueue(u.key, u.file);
  }

  function retry(u: Upload) {
    update(u.key, { error: undefined, retryable: undefined, progress: 0 });
    enqueue(u.key, u.file);
  }

  function cancel(key: number) {
    requests.current.get(key)?.abort();
    queue.current = queue.current.filter((q) => q.key !== key);
    remove(key);
    finished(key);
  }

  const carriesFiles = (e: React.DragEvent) => e.dataTransfer.types.includes("Files");

  return (
    <Card
      data-testid="attachments-card"
      className={cn("relative", dragging && "ring-2 ring-primary")}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        dragDepth.current++;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        dragDepth.current = 0;
        setDragging(false);
        add(e.dataTransfer.files);
      }}
    >
      <CardHeader className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid min-w-0 flex-1 basis-64 gap-1.5">
          <CardTitle>Attachments</CardTitle>
          <CardDescription id={hintId} data-testid="attachment-limits">
            Up to {limits.maxMb} MB per file: {limits.allowed}. Drop files on this card or choose them.
          </CardDescription>
        </div>
        <Button type="button" variant="outline" size="sm" aria-describedby={hintId} onClick={() => input.current?.click()}>
          <Paperclip /> Attach files
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={limits.accept}
          className="hidden"
          tabIndex={-1}
          aria-hidden
          onChange={(e) => {
            add(e.currentTarget.files);
            // The same file may be chosen again after a failure.
            e.currentTarget.value = "";
          }}
        />
      </CardHeader>
      <CardContent className="grid gap-4">
        {children}
        {uploads.length > 0 && (
          <ul aria-label="Uploads" className="grid gap-3">
            {uploads.map((u) => (
              <UploadRow key={u.key} upload={u} onCancel={() => cancel(u.key)} onRetry={() => retry(u)} onDismiss={() => remove(u.key)} />
            ))}
          </ul>
        )}
      </CardContent>
      {dragging && (
        <div aria-hidden className="pointer-events-none absolute inset-0 grid place-items-center rounded-xl bg-background/85 text-sm font-medium">
          Drop files to attach them
        </div>
      )}
    </Card>
  );
}

type RowProps = { upload: Upload; onCancel: () => void; onRetry: () => void; onDismiss: () => void };

/** One file on its way: a progress bar while it uploads; the reason and what to do next if it failed. */
function UploadRow({ upload: u, onCancel, onRetry, onDismiss }: RowProps) {
  const name = u.file.name;
  return (
    <li data-testid="upload" className="grid gap-1.5 text-sm">
      <div className="flex items-center gap-2">
        <span className="min-w-0 flex-1 truncate font-medium" title={name}>
          {name}
        </span>
        {u.waiting && <span className="shrink-0 text-xs text-muted-foreground">Waiting…</span>}
        <span className="shrink-0 text-xs text-muted-foreground">{formatBytes(u.file.size)}</span>
        {u.error ? (
          <>
            {u.retryable && (
              <Button type="button" variant="ghost" size="sm" onClick={onRetry}>
                <RotateCw /> Retry
              </Button>
            )}
            <Button type="button" variant="ghost" size="icon" className="size-8" aria-label={`Dismiss ${name}`} onClick={onDismiss}>
              <X />
            </Button>
          </>
        ) : (
          <Button type="button" variant="ghost" size="icon" className="size-8" aria-label={`Cancel uploading ${name}`} onClick={onCancel}>
            <X />
          </Button>
        )}
      </div>
      {u.error ? (
        <p data-testid="upload-error" role="alert" className="text-destructive">
          {u.error}
        </p>
      ) : (
        <div
          role="progressbar"
          aria-label={`Uploading ${name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={u.progress}
          aria-valuetext={u.waiting ? "Waiting" : u.progress < 100 ? `${u.progress}%` : "Saving"}
          className="h-1.5 overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full bg-primary transition-[width]" style={{ width: `${u.progress}%` }} />
        </div>
      )}
    </li>
  );
}
