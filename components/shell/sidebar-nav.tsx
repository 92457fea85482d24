"use client";

import { Bell, Bookmark, Briefcase, Building2, CalendarClock, LayoutDashboard, Package, Settings, Ticket, Users, Wrench } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import type { NavIcon, NavSection } from "./nav";

const icons: Record<NavIcon, React.ComponentType<{ className?: string }>> = {
  dashboard: LayoutDashboard,
  tickets: Ticket,
  jobs: Briefcase,
  equipment: Wrench,
  notifications: Bell,
  users: Users,
  departments: Building2,
  products: Package,
  schedules: CalendarClock,
  view: Bookmark,
  settings: Settings,
};

const isActive = (pathname: string, href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(href + "/"));

export function SidebarNav({ sections, onNavigate }: { sections: NavSection[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="grid gap-4">
      {sections.map((section, i) => (
        <div key={section.title ?? i} className="grid gap-1">
          {section.title && <p className="px-3 text-xs font-semibold uppercase tracking-wide text-muted-foreground">{section.title}</p>}
          {section.items.map((item) => {
            const Icon = icons[item.icon];
            const active = isActive(pathname, item.href);
            return (
              <Link
                key={item.href}
                href={item.href}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors hover:bg-accent hover:text-accent-foreground",
                  active ? "bg-accent text-accent-foreground" : "text-muted-foreground",
                )}
              >
                <Icon className="size-4" />
                <span className="flex-1">{item.label}</span>
                {item.soon && <span className="rounded bg-muted px-1.5 py-0.5 text-[10px] font-semibold uppercase text-foreground">soon</span>}
              </Link>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
