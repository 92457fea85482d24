import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";

/** The page sizes a list offers; the schema accepts any size up to the largest. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** Query parameters every list accepts; lists add their own filters and sort keys. */
export function listQuerySchema<const S extends readonly [string, ...string[]]>(sortKeys: S, defaultSort: S[number]) {
  return z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(PAGE_SIZES.at(-1)!).default(DEFAULT_PAGE_SIZE),
    sort: z.enum(sortKeys).default(defaultSort as never),
    order: z.enum(["asc", "desc"]).default("asc"),
    q: singleLine()
      .trim()
      .max(200)
      .optional()
      .transform((v) => v || undefined),
  });
}

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; totalPages: number };

export function pageOf<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return { items, page, pageSize, total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
export function likePattern(q: string): string {
  return `%${escapeLike(q)}%`;
}

/** The text with LIKE's wildcards escaped, to build a prefix or word pattern of one's own. */
export const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => "\\" + c);

/**
 * A page from its rows and a separate count. A window count (`count(*) over()`) would make the
 * database read every matching row before the first one is returned; a page that is partly filled
 * is the last one, so its rows give the total and `countAll` does not run at all.
 */
export async function pageWithTotal<T>(items: T[], countAll: () => Promise<number>, page: number, pageSize: number): Promise<Page<T>> {
  const lastPage = items.length < pageSize && (items.length > 0 || page === 1);
  const total = lastPage ? (page - 1) * pageSize + items.length : await countAll();
  return pageOf(items, total, page, pageSize);
}
