import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

export type NavIcon = "dashboard" | "tickets" | "jobs" | "equipment" | "notifications" | "users" | "departments" | "products" | "schedules" | "view" | "settings";
export type NavItem = { href: string; label: string; icon: NavIcon; soon?: boolean };
export type NavSection = { title?: string; items: NavItem[] };

/**
 * The sidebar for one actor: modules for everyone, the views they pinned, the admin section only
 * with what they may open.
 */
export function navFor(actor: Actor, pinned: { name: string; href: string }[] = []): NavSection[] {
  const admin: NavItem[] = [
    ...(can(actor, "users.list") ? [{ href: "/admin/users", label: "Users", icon: "users" as const }] : []),
    ...(can(actor, "departments.manage") ? [{ href: "/admin/departments", label: "Departments", icon: "departments" as const }] : []),
    ...(can(actor, "products.manage") ? [{ href: "/admin/products", label: "Products", icon: "products" as const }] : []),
    ...(can(actor, "schedules.run") ? [{ href: "/admin/schedules", label: "Schedules", icon: "schedules" as const }] : []),
    ...(can(actor, "settings.manage") ? [{ href: "/admin/settings", label: "Settings", icon: "settings" as const }] : []),
  ];
  return [
    {
      items: [
        { href: "/", label: "Dashboard", icon: "dashboard" },
        { href: "/tickets", label: "Tickets", icon: "tickets" },
        { href: "/jobs", label: "Jobs", icon: "jobs", soon: true },
        { href: "/equipment", label: "Equipment", icon: "equipment", soon: true },
        { href: "/notifications", label: "Notifications", icon: "notifications" },
      ],
    },
    ...(pinned.length ? [{ title: "Pinned views", items: pinned.map((v) => ({ href: v.href, label: v.name, icon: "view" as const })) }] : []),
    ...(admin.length ? [{ title: "Admin", items: admin }] : []),
  ];
}
