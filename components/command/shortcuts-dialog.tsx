"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useCommands } from "./command-context";
import { KeyCaps } from "./key-caps";
import { shortcuts } from "./shortcuts";

const groups = [...new Set(shortcuts.map((s) => s.group))];

/** "?": every shortcut, read from the same registry the key handler dispatches on. */
export function ShortcutsDialog() {
  const { helpOpen, setHelpOpen } = useCommands();
  return (
    <Dialog open={helpOpen} onOpenChange={setHelpOpen}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogDescription>Single keys work anywhere except while you type in a field.</DialogDescription>
        </DialogHeader>
        <div className="grid gap-4">
          {groups.map((group) => (
            <section key={group} aria-label={group} className="grid gap-1">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">{group}</h3>
              <dl className="grid gap-1">
                {shortcuts
                  .filter((s) => s.group === group)
                  .map((s) => (
                    <div key={s.id} data-testid="shortcut" className="flex items-center justify-between gap-4 text-sm">
                      <dt>{s.description}</dt>
                      <dd>
                        <KeyCaps keys={s.keys} sequence={"sequence" in s && s.sequence} />
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </div>
      </DialogContent>
    </Dialog>
  );
}
