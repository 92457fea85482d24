import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/data-table/pagination";
import { ActionButton, ConfirmButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { DateTime } from "@/components/time/date-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { listTrash } from "@/lib/tickets";
import { deleteTicketForeverAction, restoreTicketAction } from "../actions";
import { TicketStatusBadge } from "../status-badge";

export const metadata = { title: "Trash" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrashPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "tickets.listTrash")) notFound();
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
  let page;
  try {
    page = await listTrash(actor, query);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid") throw error;
    page = await listTrash(actor, {});
  }
  const mayDelete = can(actor, "tickets.deleteForever");
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2">
        <Link href="/tickets">
          <ArrowLeft /> Tickets
        </Link>
      </Button>
      <PageHeader title="Trash" description="Tickets moved to trash. Restore them, or (admins) delete them for good." />
      <Card>
        <CardContent className="grid gap-4">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>#</TableHead>
                <TableHead>Title</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Requester</TableHead>
                <TableHead>Trashed</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6} className="h-24 text-center text-muted-foreground">
                    Trash is empty.
                  </TableCell>
                </TableRow>
              )}
              {page.items.map((t) => {
                const fields = { id: t.id, version: String(t.version) };
                return (
                  <TableRow key={t.id}>
                    <TableCell className="font-mono text-xs">{t.key}</TableCell>
                    <TableCell>{t.title}</TableCell>
                    <TableCell>
                      <TicketStatusBadge status={t.status} confirmed={!!t.confirmedAt} />
                    </TableCell>
                    <TableCell>{t.requesterName}</TableCell>
                    <TableCell><DateTime value={t.deletedAt} /></TableCell>
                    <TableCell className="flex justify-end gap-2">
                      <ActionButton action={restoreTicketAction} fields={fields}>
                        Restore
                      </ActionButton>
                      {mayDelete && (
                        <ConfirmButton action={deleteTicketForeverAction} fields={fields} title={`Delete ${t.key} for good?`} description="The ticket, its history, comments and attachments are gone for good." confirmLabel="Delete forever">
                          Delete forever
                        </ConfirmButton>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Pagination page={page.page} totalPages={page.totalPages} total={page.total} />
        </CardContent>
      </Card>
    </>
  );
}
