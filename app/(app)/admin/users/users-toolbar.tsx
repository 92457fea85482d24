"use client";

import { Download } from "lucide-react";
import { ClearFilters } from "@/components/data-table/clear-filters";
import { FilterSelect } from "@/components/data-table/filter-select";
import { FiltersPanel } from "@/components/data-table/filters-panel";
import { SearchInput } from "@/components/data-table/search-input";
import { useUrlParams } from "@/components/data-table/use-url-params";
import type { Option } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

export function UsersToolbar({ roles, statuses, departments }: { roles: Option[]; statuses: Option[]; departments: Option[] }) {
  const { params } = useUrlParams();
  // The export gets the same filters and sort as the table, without the page.
  const exportQuery = new URLSearchParams(params.toString());
  exportQuery.delete("page");
  exportQuery.delete("pageSize");
  return (
    <FiltersPanel always={<SearchInput placeholder="Search name, username, email" />}>
      <FilterSelect param="role" label="Roles" options={roles} />
      <FilterSelect param="status" label="Statuses" options={statuses} />
      <FilterSelect param="departmentId" label="Departments" options={departments} />
      <ClearFilters />
      <Button asChild variant="outline" className="sm:ml-auto">
        <a href={`/admin/users/export.csv?${exportQuery}`} download>
          <Download /> Export CSV
        </a>
      </Button>
    </FiltersPanel>
  );
}
