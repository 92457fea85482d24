"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { Avatar, PersonName } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { UserView } from "@/lib/users/schemas";
import { roleLabel } from "@/lib/users/role-label";
import { userStatus } from "@/lib/users/status";
import { StatusBadge } from "./status-badge";

const href = (u: UserView) => `/admin/users/${u.id}`;

function columnsFor(now: number): ColumnDef<UserView>[] {
  return [
    {
      id: "username",
      header: "Username",
      cell: ({ row }) => (
        <Link href={href(row.original)} className="font-medium underline-offset-4 hover:underline">
          {row.original.username}
        </Link>
      ),
    },
    {
      id: "name",
      header: "Name",
      cell: ({ row }) => <PersonName id={row.original.id} name={row.original.name} />,
    },
    { id: "email", header: "Email", cell: ({ row }) => row.original.email },
    { id: "role", header: "Role", cell: ({ row }) => roleLabel(row.original.role) },
    { id: "department", header: "Department", cell: ({ row }) => row.original.departmentName ?? "—" },
    { id: "status", header: "Status", cell: ({ row }) => <StatusBadge status={userStatus(row.original)} /> },
    {
      id: "lastLoginAt",
      header: "Last sign-in",
      cell: ({ row }) => (row.original.lastLoginAt ? <RelativeTime date={new Date(row.original.lastLoginAt)} now={now} compact /> : <span className="text-muted-foreground">Never</span>),
    },
  ];
}

function UserCard({ user }: { user: UserView }) {
  return (
    <div className="flex items-center gap-3">
      <Avatar id={user.id} name={user.name} size="md" />
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium">{user.name}</p>
        <p className="truncate text-sm text-muted-foreground">
          @{user.username} · {roleLabel(user.role)}
        </p>
      </div>
      <StatusBadge status={userStatus(user)} />
    </div>
  );
}

export function UsersTable({ users, sortKeys, sort, order, now }: { users: UserView[]; sortKeys: readonly string[]; sort: string; order: "asc" | "desc"; now: number }) {
  return (
    <DataTable
      columns={columnsFor(now)}
      data={users}
      sortKeys={sortKeys}
      sort={sort}
      order={order}
      empty="No users match these filters."
      rowHref={href}
      card={(u) => <UserCard user={u} />}
    />
  );
}
