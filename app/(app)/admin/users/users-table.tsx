"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DateTime } from "@/components/time/date-time";
import type { UserView } from "@/lib/users/schemas";
import { userStatus } from "@/lib/users/status";
import { StatusBadge } from "./status-badge";

const columns: ColumnDef<UserView>[] = [
  {
    id: "username",
    header: "Username",
    cell: ({ row }) => (
      <Link href={`/admin/users/${row.original.id}`} className="font-medium underline-offset-4 hover:underline">
        {row.original.username}
      </Link>
    ),
  },
  { id: "name", header: "Name", cell: ({ row }) => row.original.name },
  { id: "email", header: "Email", cell: ({ row }) => row.original.email },
  { id: "role", header: "Role", cell: ({ row }) => row.original.role.replace("_", " ") },
  { id: "department", header: "Department", cell: ({ row }) => row.original.departmentName ?? "—" },
  { id: "status", header: "Status", enableSorting: false, cell: ({ row }) => <StatusBadge status={userStatus(row.original)} /> },
  { id: "lastLoginAt", header: "Last sign-in", cell: ({ row }) => <DateTime value={row.original.lastLoginAt} /> },
];

export function UsersTable({ users, sort, order }: { users: UserView[]; sort: string; order: "asc" | "desc" }) {
  return <DataTable columns={columns} data={users} sort={sort} order={order} empty="No users match these filters." />;
}
