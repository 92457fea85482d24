import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { listProducts } from "@/lib/products";
import { CatalogAdmin } from "../catalog-admin";
import { deleteProductAction } from "./actions";
import { ProductForm } from "./product-form";

export const metadata = { title: "Products" };

export default async function ProductsPage() {
  const actor = await requireActor();
  if (!can(actor, "products.manage")) notFound();
  const products = await listProducts(actor);
  return (
    <CatalogAdmin
      title="Products"
      description="The products creative requests are made for. Retire a product in use instead of deleting it."
      rows={products}
      columns={[{ header: "Status", cell: (p) => (p.isActive ? <Badge variant="success">active</Badge> : <Badge variant="secondary">inactive</Badge>) }]}
      editHref={(p) => `/admin/products/${p.id}`}
      deleteAction={deleteProductAction}
      deleteNote="A product used by tickets cannot be deleted; mark it inactive instead."
      empty="No products yet."
      newTitle="New product"
      newForm={<ProductForm />}
    />
  );
}
