"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/time/zone";

/** The zone the server rendered in: the browser's (from its cookie), else the organisation's. */
const ServerZone = createContext("UTC");

export function TimeZoneProvider({ zone, children }: { zone: string; children: React.ReactNode }) {
  return <ServerZone.Provider value={zone}>{children}</ServerZone.Provider>;
}

const never = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/**
 * The zone to show date-times in. Hydration uses the server's zone, so the markup matches; the
 * browser's own zone takes over right after (the same one, once its cookie has been sent).
 */
export function useTimeZone(): string {
  const server = useContext(ServerZone);
  return useSyncExternalStore(never, browserZone, () => server);
}

// Runs before anything renders, on every page (sign-in included), so the server learns the zone early.
const script = `(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(z&&document.cookie.indexOf(${JSON.stringify(`${TIME_ZONE_COOKIE}=`)}+encodeURIComponent(z))<0)document.cookie=${JSON.stringify(`${TIME_ZONE_COOKIE}=`)}+encodeURIComponent(z)+";path=/;max-age=31536000;samesite=lax"}catch(e){}})()`;

export function TimeZoneScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
