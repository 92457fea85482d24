import { cookies } from "next/headers";
import { getSettings } from "@/lib/settings";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/time/zone";

/** The zone this request renders and reads date-times in: the browser's (its cookie), else the organisation's. */
export async function requestTimeZone(submitted?: string): Promise<string> {
  if (isTimeZone(submitted)) return submitted;
  const cookie = decodeURIComponent((await cookies()).get(TIME_ZONE_COOKIE)?.value ?? "");
  if (isTimeZone(cookie)) return cookie;
  return (await getSettings()).timeZone;
}
