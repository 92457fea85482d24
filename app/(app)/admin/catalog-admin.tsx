import Link from "next/link";
import { ConfirmButton, type FormAction } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Row = { id: string; name: string; description: string | null };
type Column<T> = { header: string; cell: (row: T) => React.ReactNode };

type Props<T extends Row> = {
  title: string;
  description: string;
  rows: T[];
  /** Shown beside the name. */
  nameBadge?: (row: T) => React.ReactNode;
  columns: Column<T>[];
  editHref: (row: T) => string;
  deleteAction: FormAction;
  deleteNote: string;
  empty: string;
  newTitle: string;
  newForm: React.ReactNode;
};

/** An admin page for a short named list (departments, products): the table with edit and delete, and the form for a new one. */
export function CatalogAdmin<T extends Row>({ title, description, rows, nameBadge, columns, editHref, deleteAction, deleteNote, empty, newTitle, newForm }: Props<T>) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <Card>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  {columns.map((c) => (
                    <TableHead key={c.header}>{c.header}</TableHead>
                  ))}
                  <TableHead className="sr-only">Actions</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell>
                      <div className="flex items-center gap-2 font-medium">
                        {row.name}
                        {nameBadge?.(row)}
                      </div>
                      {row.description && <div className="max-w-xs truncate text-xs text-muted-foreground">{row.description}</div>}
                    </TableCell>
                    {columns.map((c) => (
                      <TableCell key={c.header}>{c.cell(row)}</TableCell>
                    ))}
                    <TableCell className="flex justify-end gap-2">
                      <Button asChild variant="outline" size="sm">
                        <Link href={editHref(row)}>Edit</Link>
                      </Button>
                      <ConfirmButton action={deleteAction} fields={{ id: row.id }} title={`Delete ${row.name}?`} description={deleteNote} confirmLabel="Delete">
                        Delete
                      </ConfirmButton>
                    </TableCell>
                  </TableRow>
                ))}
                {!rows.length && (
                  <TableRow>
                    <TableCell colSpan={columns.length + 2} className="h-24 text-center text-muted-foreground">
                      {empty}
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card className="content-start">
          <CardHeader>
            <CardTitle>{newTitle}</CardTitle>
          </CardHeader>
          <CardContent>{newForm}</CardContent>
        </Card>
      </div>
    </>
  );
}
