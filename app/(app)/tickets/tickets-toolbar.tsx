"use client";

import { Download, X } from "lucide-react";
import { ClearFilters } from "@/components/data-table/clear-filters";
import { FilterSelect } from "@/components/data-table/filter-select";
import { FiltersPanel } from "@/components/data-table/filters-panel";
import { SearchInput } from "@/components/data-table/search-input";
import { useUrlParams } from "@/components/data-table/use-url-params";
import type { Option } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** scopeText: what the dashboard counts for this user, named when the list shows only that (scope=dashboard). */
type Props = { statuses: Option[]; priorities: Option[]; assignees: Option[]; departments: Option[]; scopeText: string };

export function TicketsToolbar({ statuses, priorities, assignees, departments, scopeText }: Props) {
  const { params, setParams } = useUrlParams();
  // The export gets the same filters and sort as the table, without the page.
  const exportQuery = new URLSearchParams(params.toString());
  exportQuery.delete("page");
  exportQuery.delete("pageSize");
  const day = (key: string) => (params.get(key) ?? "").slice(0, 10);
  return (
    <FiltersPanel
      always={
        <>
          {params.get("scope") === "dashboard" && (
            <Button variant="secondary" size="sm" aria-label={`Clear filter: ${scopeText}`} onClick={() => setParams({ scope: null })}>
              {scopeText} <X />
            </Button>
          )}
          <SearchInput placeholder="Search title, description, T-123" />
        </>
      }
    >
      <FilterSelect param="status" label="Statuses" options={statuses} />
      <FilterSelect param="priority" label="Priorities" options={priorities} />
      <FilterSelect param="assigneeId" label="Assignees" options={assignees} />
      <FilterSelect param="departmentId" label="Departments" options={departments} />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          checked={params.get("overdue") === "true"}
          onChange={(e) => setParams({ overdue: e.target.checked ? "true" : null })}
        />
        Overdue
      </label>
      <label className="flex items-center gap-2 text-sm">
        Created from
        <Input type="date" aria-label="Created from" className="w-40" value={day("createdFrom")} onChange={(e) => setParams({ createdFrom: e.target.value || null })} />
      </label>
      <label className="flex items-center gap-2 text-sm">
        to
        {/* The whole last day counts: the bound is its last millisecond. */}
        <Input type="date" aria-label="Created to" className="w-40" value={day("createdTo")} onChange={(e) => setParams({ createdTo: e.target.value ? `${e.target.value}T23:59:59.999` : null })} />
      </label>
      <ClearFilters />
      <Button asChild variant="outline" className="sm:ml-auto">
        <a href={`/tickets/export.csv?${exportQuery}`} download>
          <Download /> Export CSV
        </a>
      </Button>
    </FiltersPanel>
  );
}
