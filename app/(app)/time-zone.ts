import { cookies } from "next/headers";
import { cache } from "react";
import { getSettings } from "@/lib/settings";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/time/zone";

/** The browser's zone from its cookie, else the organisation's: read once per request (layout and page both ask). */
const browserOrOrganisationZone = cache(async (): Promise<string> => {
  // Next decodes cookie values; the browser's script encodes its "Area/City".
  const cookie = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  if (isTimeZone(cookie)) return cookie;
  return (await getSettings()).timeZone;
});

/** The zone this request renders and reads date-times in: the one a form submitted, else the browser's, else the organisation's. */
export async function requestTimeZone(submitted?: string): Promise<string> {
  return isTimeZone(submitted) ? submitted : browserOrOrganisationZone();
}
