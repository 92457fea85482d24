import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import { ThemeScript } from "@/components/shell/theme-script";
import { TimeZoneScript } from "@/components/time/time-zone";
import "./globals.css";

export const metadata: Metadata = { title: { default: "Crewdesk", template: "%s · Crewdesk" }, description: "Creative requests and field jobs in one workspace" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The CSP nonce proxy.ts made for this answer; reading it renders every page per request, as nonces need.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // suppressHydrationWarning: the theme script sets the class before React hydrates.
    <html lang="en" className={GeistSans.variable} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
        <TimeZoneScript nonce={nonce} />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
