import { ConfirmButton } from "@/components/forms/action-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiTokenView } from "@/lib/auth/tokens";
import { revokeUserTokenAction } from "../actions";

const when = (d: Date | null) => (d ? d.toLocaleString() : "never");

/** An admin's view of a user's personal API tokens: names and prefixes only, each revocable. */
export function UserTokens({ userId, tokens }: { userId: string; tokens: ApiTokenView[] }) {
  if (!tokens.length) return <p className="text-sm text-muted-foreground">No personal API tokens.</p>;
  return (
    <Table data-testid="user-tokens">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead className="sr-only">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((t) => (
          <TableRow key={t.id}>
            <TableCell>
              <div className="font-medium">{t.name}</div>
              <div className="font-mono text-xs text-muted-foreground">{t.prefix}…</div>
            </TableCell>
            <TableCell>{when(t.expiresAt)}</TableCell>
            <TableCell>{when(t.lastUsedAt)}</TableCell>
            <TableCell className="text-right">
              <ConfirmButton
                action={revokeUserTokenAction}
                fields={{ id: userId, tokenId: t.id }}
                title="Revoke this token?"
                description={`Integrations using “${t.name}” stop working at once.`}
                confirmLabel="Revoke"
              >
                Revoke
              </ConfirmButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
