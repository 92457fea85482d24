"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { BulkBar } from "./bulk-bar";
import { Checkbox } from "./checkbox";
import { useUrlParams } from "./use-url-params";

type Props<T> = {
  columns: ColumnDef<T>[];
  data: T[];
  /** The list's sort keys (its query schema's): a column sorts when its id is one of them. */
  sortKeys?: readonly string[];
  sort: string;
  order: "asc" | "desc";
  empty?: React.ReactNode;
  /** The record's id: for selection and React keys. */
  rowId?: (row: T) => string;
  /** Where a row leads: the whole row opens it (click, or Enter when the row has focus). */
  rowHref?: (row: T) => string;
  /** Names a row for the selection checkbox ("Select T-12"). */
  rowLabel?: (row: T) => string;
  /** The row as a card on a phone; without it the table scrolls sideways. */
  card?: (row: T) => React.ReactNode;
  /** Actions on the selected rows; with it, rows get checkboxes. */
  bulkActions?: (selected: T[], clear: () => void) => React.ReactNode;
};

/** Clicks on a control inside a row are the control's, not the row's. */
const INTERACTIVE = "a,button,input,select,textarea,label,[role=checkbox],[role=menuitem],[data-row-control]";

/**
 * A TanStack table whose rows, sorting and paging come from the server: the table renders, the URL
 * holds ?sort=&order=, and the page re-queries SQL on every change. Rows and cards carry `data-row`:
 * j/k move the focus through them, Enter opens the focused one (components/command).
 */
export function DataTable<T>({ columns, data, sortKeys = [], sort, order, empty = "Nothing found.", rowId = (r) => (r as { id: string }).id, rowHref, rowLabel, card, bulkActions }: Props<T>) {
  const { setParams } = useUrlParams();
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table 8 returns fresh functions by design.
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), getRowId: rowId, manualSorting: true, manualPagination: true });

  // Only rows still on the page count: a trashed row leaves the selection with the list.
  const selectedRows = data.filter((r) => selected.has(rowId(r)));
  const allSelected = data.length > 0 && selectedRows.length === data.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const clear = () => setSelected(new Set());

  // A column sorts on its own key; the first click sorts up, the next flips.
  const sortBy = (id: string) => setParams({ sort: id, order: sort === id && order === "asc" ? "desc" : "asc" });
  const open = (row: T, event: React.MouseEvent | React.KeyboardEvent) => {
    if (!rowHref || (event.target as HTMLElement).closest(INTERACTIVE)) return;
    if ("metaKey" in event && (event.metaKey || event.ctrlKey)) window.open(rowHref(row), "_blank", "noopener");
    else router.push(rowHref(row));
  };
  // Enter on the focused row itself; marked handled, so the list-wide Enter does not open it twice.
  const enter = (row: T, event: React.KeyboardEvent) => {
    if (event.key !== "Enter" || event.currentTarget !== event.target) return;
    event.preventDefault();
    open(row, event);
  };
  const columnCount = columns.length + (bulkActions ? 1 : 0);

  return (
    <div className="grid gap-2">
      {bulkActions && selectedRows.length > 0 && (
        <BulkBar count={selectedRows.length} onClear={clear}>
          {bulkActions(selectedRows, clear)}
        </BulkBar>
      )}
      {card && (
        <ul className="grid gap-2 sm:hidden" data-testid="list-cards">
          {data.length === 0 && <li className="py-8 text-center text-sm text-muted-foreground">{empty}</li>}
          {data.map((row) => (
            <li key={rowId(row)}>
              {rowHref ? (
                <Link href={rowHref(row)} data-row className="block rounded-lg border p-3 outline-none transition-colors hover:bg-muted/50 focus-visible:ring-2 focus-visible:ring-ring">
                  {card(row)}
                </Link>
              ) : (
                <div data-row className="rounded-lg border p-3">
                  {card(row)}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={cn(card && "hidden sm:block")}>
        <Table>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {bulkActions && (
                  <TableHead className="w-8">
                    <Checkbox
                      aria-label="Select all on this page"
                      checked={allSelected ? true : selectedRows.length ? "indeterminate" : false}
                      onChange={(on) => setSelected(on ? new Set(data.map(rowId)) : new Set())}
                    />
                  </TableHead>
                )}
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sortable = sortKeys.includes(id);
                  const dir = sort === id ? order : null;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <TableHead key={header.id} aria-sort={sortable ? (dir === "desc" ? "descending" : dir === "asc" ? "ascending" : "none") : undefined}>
                      {sortable ? (
                        <button type="button" className="-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring" onClick={() => sortBy(id)}>
                          {label}
                          {dir === "asc" ? <ArrowUp className="size-3" aria-hidden /> : dir === "desc" ? <ArrowDown className="size-3" aria-hidden /> : <ArrowUpDown className="size-3 opacity-40" aria-hidden />}
                        </button>
                      ) : (
                        label
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {table.getRowModel().rows.length ? (
              table.getRowModel().rows.map((row) => {
                const isSelected = selected.has(row.id);
                return (
                  <TableRow
                    key={row.id}
                    data-row
                    data-state={isSelected ? "selected" : undefined}
                    tabIndex={rowHref ? 0 : undefined}
                    onClick={rowHref ? (e) => open(row.original, e) : undefined}
                    onKeyDown={rowHref ? (e) => enter(row.original, e) : undefined}
                    className={cn(rowHref && "cursor-pointer outline-none focus-visible:bg-muted focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring", isSelected && "bg-muted/60")}
                  >
                    {bulkActions && (
                      // A near miss of the checkbox selects nothing, but never opens the record either.
                      <TableCell className="w-8" data-row-control>
                        <Checkbox aria-label={rowLabel ? `Select ${rowLabel(row.original)}` : "Select row"} checked={isSelected} onChange={(on) => toggle(row.id, on)} />
                      </TableCell>
                    )}
                    {row.getVisibleCells().map((cell) => (
                      <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                    ))}
                  </TableRow>
                );
              })
            ) : (
              <TableRow>
                <TableCell colSpan={columnCount} className="h-24 text-center text-muted-foreground">
                  {empty}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
