import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { listProducts } from "@/lib/products";
import { deleteProductAction } from "./actions";
import { ProductForm } from "./product-form";

export const metadata = { title: "Products" };

export default async function ProductsPage() {
  const actor = await requireActor();
  if (!can(actor, "products.manage")) notFound();
  const products = await listProducts(actor);
  return (
    <>
      <PageHeader title="Products" description="The products creative requests are made for. Retire a product in use instead of deleting it." />
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <Card>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead className="sr-only">Actions</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {products.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      <div className="font-medium">{p.name}</div>
                      {p.description && <div className="max-w-xs truncate text-xs text-muted-foreground">{p.description}</div>}
                    </TableCell>
                    <TableCell>{p.isActive ? <Badge variant="success">active</Badge> : <Badge variant="secondary">inactive</Badge>}</TableCell>
                    <TableCell className="flex justify-end gap-2">
                      <Button asChild variant="outline" size="sm">
                        <Link href={`/admin/products/${p.id}`}>Edit</Link>
                      </Button>
                      <ConfirmButton action={deleteProductAction} fields={{ id: p.id }} title={`Delete ${p.name}?`} description="A product used by tickets cannot be deleted; mark it inactive instead." confirmLabel="Delete">
                        Delete
                      </ConfirmButton>
                    </TableCell>
                  </TableRow>
                ))}
                {!products.length && (
                  <TableRow>
                    <TableCell colSpan={3} className="h-24 text-center text-muted-foreground">
                      No products yet.
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card className="content-start">
          <CardHeader>
            <CardTitle>New product</CardTitle>
          </CardHeader>
          <CardContent>
            <ProductForm />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
