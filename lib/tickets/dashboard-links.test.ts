import { describe, expect, it } from "vitest";
import { dashboardListParams, dayBounds } from "./dashboard-links";

describe("dayBounds", () => {
  it("a day east of UTC: its date at 00:00 and 23:59:59.999 with the offset", () => {
    const starts = Date.parse("2026-05-03T14:00:00Z");
    expect(dayBounds("2026-05-04", starts, starts + 86_400_000)).toEqual({ from: "2026-05-04T00:00:00.000+10:00", to: "2026-05-04T23:59:59.999+10:00" });
  });

  it("a day west of UTC, with half-hour offsets", () => {
    const starts = Date.parse("2026-05-04T03:30:00Z");
    expect(dayBounds("2026-05-04", starts, starts + 86_400_000)).toEqual({ from: "2026-05-04T00:00:00.000-03:30", to: "2026-05-04T23:59:59.999-03:30" });
  });

  it("the day daylight saving starts (23 hours): each bound keeps its own offset and reads back as the same instant", () => {
    // Europe/Berlin, 29 March 2026: midnight is 23:00Z the day before, the next midnight 22:00Z.
    const starts = Date.parse("2026-03-28T23:00:00Z");
    const ends = Date.parse("2026-03-29T22:00:00Z");
    const { from, to } = dayBounds("2026-03-29", starts, ends);
    expect({ from, to }).toEqual({ from: "2026-03-29T00:00:00.000+01:00", to: "2026-03-29T23:59:59.999+02:00" });
    expect([Date.parse(from), Date.parse(to)]).toEqual([starts, ends - 1]);
  });
});

describe("dashboardListParams", () => {
  it("every link keeps the list in the dashboard's scope", () => {
    expect(dashboardListParams.card("total")).toEqual({ scope: "dashboard" });
    expect(dashboardListParams.card("assignedToMeOpen")).toEqual({ scope: "dashboard", assigneeId: "me", status: "requested,pending_creative,approved,in_progress" });
    expect(dashboardListParams.createdOn({ from: "a", to: "b" })).toEqual({ scope: "dashboard", createdFrom: "a", createdTo: "b" });
  });
});
