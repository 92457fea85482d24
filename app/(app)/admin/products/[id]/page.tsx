import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { orNotFound } from "@/lib/forms/or-not-found";
import { getProduct } from "@/lib/products";
import { ProductForm } from "../product-form";

export const metadata = { title: "Edit product" };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  if (!can(actor, "products.manage")) notFound();
  const product = await orNotFound(getProduct(actor, id));
  return (
    <>
      <PageHeader title={`Edit ${product.name}`} />
      <Card className="max-w-xl">
        <CardContent>
          <ProductForm product={product} />
        </CardContent>
      </Card>
    </>
  );
}
