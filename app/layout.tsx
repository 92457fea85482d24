import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { ThemeScript } from "@/components/shell/theme-script";
import { TimeZoneScript } from "@/components/time/time-zone";
import "./globals.css";

export const metadata: Metadata = { title: { default: "Crewdesk", template: "%s · Crewdesk" }, description: "Creative requests and field jobs in one workspace" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // suppressHydrationWarning: the theme script sets the class before React hydrates.
    <html lang="en" className={GeistSans.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <TimeZoneScript />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
