/**
 * Runs before the page paints, so a dark-theme user never sees a white flash. Kept tiny and inline;
 * the toggle writes the same localStorage key.
 */
export const THEME_KEY = "crewdesk-theme";

const script = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d);document.documentElement.style.colorScheme=d?"dark":"light"}catch(e){}})()`;

export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
