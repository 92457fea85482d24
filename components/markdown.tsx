import { ImageIcon } from "lucide-react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { cn } from "@/lib/utils";
import { remarkKeepBreaks, remarkMentions, type HighlightPart } from "./markdown-plugins";

/** Only web and mail links survive; anything else (javascript:, data:, relative paths) becomes "". */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  return /^(?:https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : "";
}

function ExternalLink({ href, title, children }: { href?: string; title?: string; children: React.ReactNode }) {
  // A link whose address was refused keeps its text but goes nowhere.
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-primary underline underline-offset-4 hover:text-primary/80">
      {children}
    </a>
  );
}

const components: Components = {
  a: ({ href, title, children }) => (
    <ExternalLink href={href} title={title}>
      {children}
    </ExternalLink>
  ),
  // Images are never loaded (no tracking pixels from arbitrary hosts): they become a link to the image.
  img: ({ src, alt, title }) => (
    <ExternalLink href={typeof src === "string" ? src : undefined} title={title}>
      <ImageIcon className="mr-1 inline size-3.5 align-[-0.125em]" aria-hidden />
      {alt || "image"}
    </ExternalLink>
  ),
  table: ({ children }) => (
    <div className="my-3 w-full overflow-x-auto">
      <table className="w-full border-collapse text-sm">{children}</table>
    </div>
  ),
  input: ({ type, checked }) => (type === "checkbox" ? <input type="checkbox" checked={!!checked} disabled readOnly className="mr-1.5 align-middle accent-primary" /> : null),
};

/** Typography written by hand: semantic colours, so it reads the same in light and dark themes. */
const prose = [
  "text-sm leading-relaxed break-words [&>*:first-child]:mt-0 [&>*:last-child]:mb-0",
  "[&_p]:my-2",
  "[&_h1]:mt-4 [&_h1]:mb-2 [&_h1]:text-lg [&_h1]:font-semibold",
  "[&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:text-base [&_h2]:font-semibold",
  "[&_h3]:mt-3 [&_h3]:mb-1 [&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold",
  "[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-0.5 [&_li>ul]:my-0 [&_li>ol]:my-0",
  "[&_ul.contains-task-list]:list-none [&_ul.contains-task-list]:pl-1",
  "[&_blockquote]:my-2 [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_blockquote]:text-muted-foreground",
  "[&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-[0.85em]",
  "[&_pre]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-muted [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_hr]:my-4 [&_hr]:border-border",
  "[&_th]:border [&_th]:border-border [&_th]:bg-muted/50 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_th]:font-medium",
  "[&_td]:border [&_td]:border-border [&_td]:px-2 [&_td]:py-1",
  "[&_del]:text-muted-foreground",
].join(" ");

/**
 * User-written markdown (GitHub-flavoured), rendered safely: raw HTML is shown as text, links go
 * only to http(s)/mailto and open in a new tab without referrer, images are links, not loads.
 */
export function Markdown({
  children,
  className,
  breaks,
  mentions,
  ...props
}: {
  children: string;
  className?: string;
  /** Keep single line breaks as typed (comments). */
  breaks?: boolean;
  /** Highlight the @mentions this finds in a text. */
  mentions?: (text: string) => HighlightPart[];
} & Omit<React.ComponentProps<"div">, "children">) {
  const plugins = [remarkGfm, ...(breaks ? [remarkKeepBreaks] : []), ...(mentions ? [remarkMentions(mentions)] : [])];
  return (
    <div className={cn(prose, className)} {...props}>
      <ReactMarkdown remarkPlugins={plugins} urlTransform={safeUrl} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
