"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useUrlParams } from "./use-url-params";

/**
 * A TanStack table whose rows, sorting and paging come from the server: the table renders, the URL
 * holds ?sort=&order=, and the page re-queries SQL on every change.
 */
export function DataTable<T>({ columns, data, sort, order, empty = "Nothing found." }: { columns: ColumnDef<T>[]; data: T[]; sort: string; order: "asc" | "desc"; empty?: React.ReactNode }) {
  const { setParams } = useUrlParams();
  const sorting: SortingState = [{ id: sort, desc: order === "desc" }];
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table 8 returns fresh functions by design.
  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const [next] = typeof updater === "function" ? updater(sorting) : updater;
      if (next) setParams({ sort: next.id, order: next.desc ? "desc" : "asc" });
    },
  });
  return (
    <Table>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id}>
            {group.headers.map((header) => {
              const dir = header.column.getIsSorted();
              return (
                <TableHead key={header.id} aria-sort={dir ? (dir === "desc" ? "descending" : "ascending") : undefined}>
                  {header.column.getCanSort() ? (
                    <button type="button" className="inline-flex items-center gap-1 hover:text-foreground" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {dir === "asc" ? <ArrowUp className="size-3" /> : dir === "desc" ? <ArrowDown className="size-3" /> : <ArrowUpDown className="size-3 opacity-40" />}
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </TableHead>
              );
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.length ? (
          table.getRowModel().rows.map((row) => (
            // data-row: j/k move the focus through the rows, Enter opens the focused one (components/command).
            <TableRow key={row.id} data-row className="focus-visible:bg-muted/50 focus-visible:outline-2 focus-visible:outline-ring">
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
              ))}
            </TableRow>
          ))
        ) : (
          <TableRow>
            <TableCell colSpan={columns.length} className="h-24 text-center text-muted-foreground">
              {empty}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
