import { renderedAt } from "@/lib/render-clock";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/data-table/pagination";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { listTrash, trashSortKeys } from "@/lib/tickets";
import { TrashTable } from "./trash-table";

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
          <TrashTable tickets={page.items} sortKeys={trashSortKeys} sort={query.sort ?? "deletedAt"} order={query.order === "asc" ? "asc" : "desc"} now={renderedAt()} mayDelete={mayDelete} />
          <Pagination page={page.page} totalPages={page.totalPages} total={page.total} pageSize={page.pageSize} />
        </CardContent>
      </Card>
    </>
  );
}
