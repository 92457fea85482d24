import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { isStaffManager } from "@/lib/auth/policy";

/** Admin pages are not shown to members at all; each action is still authorised in lib/. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  if (!isStaffManager(await requireActor())) notFound();
  return children;
}
