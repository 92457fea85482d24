"use client";

import { Command } from "cmdk";
import { ArrowRight, FileText, Loader2, Search, Ticket, User, Zap } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import type { SearchResult } from "@/lib/search/schemas";
import { cn } from "@/lib/utils";
import { useCommands, type PageCommand } from "./command-context";
import { useGlobalSearch } from "./use-global-search";

export type PaletteLink = { href: string; label: string };

const matches = (text: string, query: string) => text.toLowerCase().includes(query.trim().toLowerCase());

const itemClass = cn(
  "flex cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-none",
  "data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted-foreground",
);
const groupClass =
  "overflow-hidden p-1 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground";

/** ⌘K: tickets, people and pages to jump to, and the actions on the record the page shows. */
export function CommandPalette({ links }: { links: PaletteLink[] }) {
  const { paletteOpen, setPaletteOpen } = useCommands();
  return (
    <Dialog open={paletteOpen} onOpenChange={setPaletteOpen}>
      <DialogContent className="top-[15%] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-xl" data-testid="command-palette">
        <DialogTitle className="sr-only">Command palette</DialogTitle>
        <DialogDescription className="sr-only">Search tickets, people and pages, or act on this page.</DialogDescription>
        {/* Mounted with each opening, so every opening starts afresh. */}
        <PaletteBody links={links} />
      </DialogContent>
    </Dialog>
  );
}

function PaletteBody({ links }: { links: PaletteLink[] }) {
  const { setPaletteOpen, record } = useCommands();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [asking, setAsking] = useState<PageCommand | null>(null);
  const { result, loading } = useGlobalSearch(query);

  const go = (href: string) => {
    setPaletteOpen(false);
    router.push(href);
  };
  const choose = (command: PageCommand) => {
    if (command.prompt || command.confirm) setAsking(command);
    else void runCommand(command, {});
  };
  const [error, setError] = useState<string | null>(null);
  const runCommand = async (command: PageCommand, input: Record<string, string>) => {
    setError(null);
    const outcome = await command.run(input);
    if (outcome && !outcome.ok) {
      setError(outcome.fields ? Object.values(outcome.fields).flat().join(" ") || outcome.message || "Not done." : (outcome.message ?? "Not done."));
      return;
    }
    setPaletteOpen(false);
  };

  const commands = (record?.commands ?? []).filter((c) => matches(c.label, query));
  const pages = links.filter((l) => matches(l.label, query));
  const { tickets, people } = result ?? ({ tickets: [], people: [] } satisfies SearchResult);

  return asking ? (
    <AskForm command={asking} error={error} onCancel={() => setAsking(null)} onSubmit={(input) => runCommand(asking, input)} />
  ) : (
    <Command shouldFilter={false} loop label="Command palette" className="flex flex-col">
      <div className="flex items-center gap-2 border-b px-3">
        <Search className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        <Command.Input
          value={query}
          onValueChange={setQuery}
          placeholder="Search tickets by key or words, people, pages…"
          className="flex h-12 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
        {loading && <Loader2 className="size-4 shrink-0 animate-spin text-muted-foreground" aria-label="Searching" />}
      </div>
      {error && (
        <p role="alert" className="border-b px-3 py-2 text-sm text-destructive">
          {error}
        </p>
      )}
      <Command.List className="max-h-[min(60vh,26rem)] overflow-y-auto overflow-x-hidden">
        <Command.Empty className="py-6 text-center text-sm text-muted-foreground">{loading ? "Searching…" : "Nothing found."}</Command.Empty>
        {record && commands.length > 0 && (
          <Command.Group heading={`Actions on ${record.title}`} className={groupClass}>
            {commands.map((c) => (
              <Command.Item key={c.id} value={`action:${c.id}`} onSelect={() => choose(c)} className={itemClass}>
                <Zap aria-hidden /> {c.label}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {tickets.length > 0 && (
          <Command.Group heading="Tickets" className={groupClass}>
            {tickets.map((t) => (
              <Command.Item key={t.id} value={`ticket:${t.id}`} onSelect={() => go(`/tickets/${t.id}`)} className={itemClass}>
                <Ticket aria-hidden />
                <span className="font-mono text-xs text-muted-foreground">{t.key}</span>
                <span className="truncate">{t.title}</span>
                <span className="ml-auto text-xs text-muted-foreground">{t.status.replace("_", " ")}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {people.length > 0 && (
          <Command.Group heading="People" className={groupClass}>
            {people.map((p) => (
              <Command.Item key={p.id} value={`person:${p.id}`} onSelect={() => go(`/admin/users/${p.id}`)} className={itemClass}>
                <User aria-hidden />
                <span className="truncate">{p.name}</span>
                <span className="text-xs text-muted-foreground">@{p.username}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {pages.length > 0 && (
          <Command.Group heading="Pages" className={groupClass}>
            {pages.map((l) => (
              <Command.Item key={l.href} value={`page:${l.href}`} onSelect={() => go(l.href)} className={itemClass}>
                <FileText aria-hidden /> {l.label}
                <ArrowRight className="ml-auto" aria-hidden />
              </Command.Item>
            ))}
          </Command.Group>
        )}
      </Command.List>
    </Command>
  );
}

/** The second step of an action that needs a reason or a confirmation. */
function AskForm({ command, error, onCancel, onSubmit }: { command: PageCommand; error: string | null; onCancel: () => void; onSubmit: (input: Record<string, string>) => Promise<void> }) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await onSubmit(command.prompt ? { reason: text } : {});
    setBusy(false);
  };
  return (
    <form onSubmit={submit} className="grid gap-3 p-4" aria-label={command.label}>
      <p className="font-medium">{command.confirm?.title ?? command.label}</p>
      {command.prompt && (
        <label className="grid gap-1 text-sm">
          {command.prompt.label}
          <Textarea
            autoFocus
            rows={3}
            value={text}
            required={command.prompt.required}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
            }}
          />
        </label>
      )}
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
          Back
        </Button>
        <Button type="submit" size="sm" autoFocus={!command.prompt} disabled={busy}>
          {command.prompt?.submitLabel ?? command.confirm?.submitLabel ?? "Run"}
        </Button>
      </div>
    </form>
  );
}
