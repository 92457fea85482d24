import type { Option } from "@/components/forms/fields";
import type { Actor } from "@/lib/auth/actor";
import { listDepartments } from "@/lib/departments";
import { listProducts } from "@/lib/products";
import { ticketComplexitySchema, ticketPrioritySchema, ticketStatusSchema } from "@/lib/tickets/schemas";
import { statusLabels } from "./status-badge";

const title = (s: string) => s.replace("_", " ").replace(/^\w/, (c) => c.toUpperCase());

export const statusOptions: Option[] = ticketStatusSchema.options.map((s) => ({ value: s, label: statusLabels[s] ?? title(s) }));
export const priorityOptions: Option[] = ticketPrioritySchema.options.map((p) => ({ value: p, label: title(p) }));
export const complexityOptions: Option[] = ticketComplexitySchema.options.map((c) => ({ value: c, label: title(c) }));

export async function departmentOptions(): Promise<Option[]> {
  return (await listDepartments()).map((d) => ({ value: d.id, label: d.name }));
}

export async function productOptions(actor: Actor, keep?: string | null): Promise<Option[]> {
  return (await listProducts(actor)).filter((p) => p.isActive || p.id === keep).map((p) => ({ value: p.id, label: p.name }));
}
