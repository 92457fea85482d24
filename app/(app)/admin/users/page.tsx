import { renderedAt } from "@/lib/render-clock";
import { Plus } from "lucide-react";
import Link from "next/link";
import { Pagination } from "@/components/data-table/pagination";
import { FormMessage } from "@/components/forms/form-message";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { listSavedViews } from "@/lib/saved-views";
import { listUsers } from "@/lib/users/queries";
import { userSortKeys } from "@/lib/users/schemas";
import { SavedViews } from "@/components/data-table/saved-views";
import { savedViewActions } from "../../views/view-actions";
import { departmentOptions, roleOptions, statusOptions } from "./options";
import { UsersTable } from "./users-table";
import { UsersToolbar } from "./users-toolbar";

export const metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
  // A hand-edited URL with a bad filter shows the unfiltered list and says why, rather than an error page.
  let page, problem: string | undefined;
  try {
    page = await listUsers(actor, query);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid") throw error;
    problem = `Ignored invalid filters: ${Object.keys(error.fields ?? {}).join(", ")}`;
    page = await listUsers(actor, {});
  }
  return (
    <>
      <PageHeader
        title="Users"
        description="Approve registrations, manage roles and access."
        actions={
          can(actor, "users.create") && (
            <Button asChild>
              <Link href="/admin/users/new">
                <Plus /> New user
              </Link>
            </Button>
          )
        }
      />
      <div className="mb-4">
        <SavedViews list="users" views={await listSavedViews(actor, "users")} actions={savedViewActions} />
      </div>
      <Card>
        <CardContent className="grid gap-4">
          {problem && <FormMessage state={{ ok: false, message: problem }} />}
          <UsersToolbar roles={roleOptions} statuses={statusOptions} departments={await departmentOptions()} />
          <UsersTable users={page.items} sortKeys={userSortKeys} sort={query.sort ?? "username"} order={query.order === "desc" ? "desc" : "asc"} now={renderedAt()} />
          <Pagination page={page.page} totalPages={page.totalPages} total={page.total} pageSize={page.pageSize} />
        </CardContent>
      </Card>
    </>
  );
}
