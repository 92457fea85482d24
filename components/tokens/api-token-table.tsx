"use client";

import { ConfirmButton, type FormAction } from "@/components/forms/action-button";
import { DateTime } from "@/components/time/date-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiTokenView } from "@/lib/auth/tokens";

type Props = {
  tokens: ApiTokenView[];
  /** The server action that revokes one token: it gets the token's id as `tokenField`, beside `fields`. */
  revoke: FormAction;
  tokenField: string;
  fields?: Record<string, string>;
  empty: string;
  testId?: string;
};

/** Personal API tokens, by name and prefix only (the secret is never shown again), each revocable. */
export function ApiTokenTable({ tokens, revoke, tokenField, fields, empty, testId }: Props) {
  if (!tokens.length) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Token</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead className="sr-only">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((t) => (
          <TableRow key={t.id}>
            <TableCell className="font-medium">{t.name}</TableCell>
            <TableCell className="font-mono text-xs">{t.prefix}…</TableCell>
            <TableCell>
              <DateTime value={t.createdAt} dateOnly />
            </TableCell>
            <TableCell>
              <DateTime value={t.expiresAt} dateOnly fallback="never" />
            </TableCell>
            <TableCell>
              <DateTime value={t.lastUsedAt} dateOnly fallback="never" />
            </TableCell>
            <TableCell className="text-right">
              <ConfirmButton action={revoke} fields={{ ...fields, [tokenField]: t.id }} title="Revoke this token?" description={`Integrations using “${t.name}” stop working at once.`} confirmLabel="Revoke">
                Revoke
              </ConfirmButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
