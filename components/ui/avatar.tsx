import { cn } from "@/lib/utils";

/** Up to two initials: "Ada Lovelace" → "AL", "morgan" → "MO". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const letters = words.length === 1 ? [...words[0]].slice(0, 2) : [[...words[0]][0], [...words.at(-1)!][0]];
  return letters.join("").toUpperCase();
}

/** A hue from the user id, so a person keeps their colour wherever they appear, whatever their name. */
export function hueOf(id: string): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % 360;
}

const sizes = { xs: "size-5 text-[9px]", sm: "size-6 text-[10px]", md: "size-8 text-xs" };

/**
 * A person's initials on their colour. Light tint, dark text of the same hue: readable in every hue.
 * Decorative (the name stands beside it): hidden from screen readers, and the initials are drawn by
 * CSS so they never join the text of the name beside them (copying, search, "has text").
 */
export function Avatar({ id, name, size = "sm", className }: { id: string; name: string; size?: keyof typeof sizes; className?: string }) {
  const hue = hueOf(id);
  return (
    <span
      aria-hidden
      data-slot="avatar"
      data-initials={initialsOf(name)}
      className={cn("inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold before:content-[attr(data-initials)]", sizes[size], className)}
      style={{ backgroundColor: `hsl(${hue} 70% 88%)`, color: `hsl(${hue} 65% 22%)` }}
    />
  );
}

/** A name with its avatar in front; "—" when there is nobody. */
export function PersonName({ id, name, size, className }: { id: string | null | undefined; name: string | null | undefined; size?: keyof typeof sizes; className?: string }) {
  if (!id || !name) return <span className={className}>—</span>;
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-1.5", className)}>
      <Avatar id={id} name={name} size={size} />
      <span className="truncate">{name}</span>
    </span>
  );
}
