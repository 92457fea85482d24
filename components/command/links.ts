import { navFor } from "@/components/shell/nav";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { PaletteLink } from "./command-palette";

/** The pages the palette offers: the sidebar's (already what the role may open) and a few more. */
export function paletteLinksFor(actor: Actor): PaletteLink[] {
  const nav = navFor(actor).flatMap((section) => section.items.map((item) => ({ href: item.href, label: section.title ? `${section.title}: ${item.label}` : item.label })));
  return [
    ...nav,
    ...(can(actor, "tickets.create") ? [{ href: "/tickets/new", label: "New request" }] : []),
    ...(can(actor, "tickets.listTrash") ? [{ href: "/tickets/trash", label: "Trash" }] : []),
    { href: "/profile", label: "Profile" },
  ];
}
