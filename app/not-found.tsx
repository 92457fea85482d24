import { SearchX } from "lucide-react";
import Link from "next/link";
import { Brand } from "@/components/shell/brand";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Not found" };

/** Any address with nothing behind it, or a record the visitor may not see: the same answer for both. */
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex h-14 items-center px-4">
        <Brand />
      </header>
      <main id="main" className="flex flex-1 items-center justify-center px-4 py-8">
        <div className="grid max-w-md justify-items-center gap-4 text-center">
          <SearchX className="size-10 text-muted-foreground" aria-hidden />
          <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
          <p className="text-sm text-muted-foreground">There is nothing here, or it is not shared with you. Check the address, or start again from the dashboard.</p>
          <div className="flex gap-2">
            <Button asChild>
              <Link href="/">Dashboard</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/tickets">Tickets</Link>
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
