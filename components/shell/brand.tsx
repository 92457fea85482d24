import { Layers } from "lucide-react";
import Link from "next/link";

export function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 px-3 text-lg font-semibold">
      <Layers className="size-5" aria-hidden />
      Crewdesk
    </Link>
  );
}
