"use client";

import { ActionButton, ConfirmButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SessionView } from "@/lib/auth/sessions";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { revokeSessionAction, signOutEverywhereAction } from "./actions";

/** The profile's list of signed-in browsers and API logins, each with its own "Sign out". */
export function Sessions({ sessions, now }: { sessions: SessionView[]; now: number }) {
  return (
    <div className="grid gap-4">
      <Table data-testid="sessions">
        <TableHeader>
          <TableRow>
            <TableHead>Device</TableHead>
            <TableHead>IP address</TableHead>
            <TableHead>Signed in</TableHead>
            <TableHead>Last seen</TableHead>
            <TableHead className="sr-only">Actions</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((s) => (
            <TableRow key={s.id} data-testid="session-row">
              <TableCell>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium" title={s.userAgent ?? undefined}>
                    {describeUserAgent(s.userAgent)}
                  </span>
                  {s.kind === "api" && <Badge variant="secondary">API login</Badge>}
                  {s.current && <Badge variant="success">This browser</Badge>}
                </div>
              </TableCell>
              <TableCell className="font-mono text-xs">{s.ip}</TableCell>
              <TableCell>
                <RelativeTime date={new Date(s.createdAt)} now={now} />
              </TableCell>
              <TableCell>
                <RelativeTime date={new Date(s.lastSeenAt)} now={now} />
              </TableCell>
              <TableCell className="text-right">
                <ActionButton action={revokeSessionAction} fields={{ id: s.id }}>
                  Sign out
                </ActionButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div>
        <ConfirmButton
          action={signOutEverywhereAction}
          fields={{}}
          variant="outline"
          title="Sign out everywhere?"
          description="Every browser and API login of yours ends, this one included. Personal API tokens keep working."
          confirmLabel="Sign out everywhere"
        >
          Sign out everywhere
        </ConfirmButton>
      </div>
    </div>
  );
}
