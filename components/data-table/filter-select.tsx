"use client";

import { Select } from "@/components/ui/select";
import type { Option } from "@/components/forms/fields";
import { useUrlParams } from "./use-url-params";

/** A filter bound to one URL parameter; the empty option clears it. */
export function FilterSelect({ param, label, options }: { param: string; label: string; options: Option[] }) {
  const { params, setParams } = useUrlParams();
  return (
    <div className="w-full sm:w-44">
      <Select aria-label={label} value={params.get(param) ?? ""} onChange={(e) => setParams({ [param]: e.target.value })}>
        <option value="">{`All ${label.toLowerCase()}`}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
