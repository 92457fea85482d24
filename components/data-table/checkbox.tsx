"use client";

import { useEffect, useRef } from "react";

/** A native checkbox that can also show "some selected" (indeterminate), which HTML only sets from script. */
export function Checkbox({ checked, onChange, ...props }: { checked: boolean | "indeterminate"; onChange: (on: boolean) => void; "aria-label": string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = checked === "indeterminate";
  }, [checked]);
  return <input ref={ref} type="checkbox" className="size-4 cursor-pointer accent-primary" checked={checked === true} onChange={(e) => onChange(e.target.checked)} {...props} />;
}
