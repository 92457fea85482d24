import { CommandProvider } from "@/components/command/command-provider";
import { paletteLinksFor } from "@/components/command/links";
import { PaletteButton } from "@/components/command/palette-button";
import { Brand } from "@/components/shell/brand";
import { MobileNav } from "@/components/shell/mobile-nav";
import { NotificationBell } from "@/components/shell/notification-bell";
import { navFor } from "@/components/shell/nav";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { NavigationProgress } from "@/components/shell/navigation-progress";
import { ToastHost } from "@/components/shell/toasts";
import { requireActor } from "@/lib/auth/current";
import { unreadCount } from "@/lib/notifications";
import { listPinnedViews, savedViewHref } from "@/lib/saved-views";
import { signOutAction, undoAction } from "./actions";
import { bellAction, bellMarkReadAction } from "./notifications/actions";
import { TimeZoneProvider } from "@/components/time/time-zone";
import { requestTimeZone } from "./time-zone";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const pinned = (await listPinnedViews(actor)).map((v) => ({ name: v.name, href: savedViewHref(v) }));
  const sections = navFor(actor, pinned);
  const unread = await unreadCount(actor);
  return (
    <CommandProvider links={paletteLinksFor(actor)}>
      <TimeZoneProvider zone={await requestTimeZone()}>
        <div className="flex min-h-screen">
          <a href="#main" className="sr-only z-50 rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:left-4 focus:top-3">
            Skip to content
          </a>
          <NavigationProgress />
          <ToastHost undo={undoAction} />
          <aside className="sticky top-0 hidden h-screen w-60 shrink-0 flex-col gap-6 overflow-y-auto border-r bg-card px-3 py-4 md:flex">
            <Brand />
            <SidebarNav sections={sections} />
          </aside>
          <div className="flex min-w-0 flex-1 flex-col">
            <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/95 px-4 backdrop-blur">
              <MobileNav sections={sections} />
              <div className="flex-1" />
              <PaletteButton />
              <NotificationBell unread={unread} load={bellAction} markRead={bellMarkReadAction} />
              <ThemeToggle />
              <UserMenu id={actor.id} name={actor.name} username={actor.username} role={actor.role} signOutAction={signOutAction} />
            </header>
            <main id="main" tabIndex={-1} className="flex-1 p-4 outline-none md:p-6">{children}</main>
          </div>
        </div>
      </TimeZoneProvider>
    </CommandProvider>
  );
}
