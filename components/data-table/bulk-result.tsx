import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { BulkResult } from "@/lib/lists/bulk";

/**
 * What a bulk action did: how many records it changed, and each refusal in the domain's words,
 * named by the record's label (a record the user cannot see is named by nothing more than that).
 */
export function BulkResultMessage({ result, verb, labelOf }: { result: BulkResult; verb: string; labelOf: (id: string) => string }) {
  const done = result.done.length;
  return (
    <Alert variant={result.refused.length ? "destructive" : "success"} data-testid="bulk-result">
      <AlertTitle>
        {done === 1 ? `1 ${verb}` : `${done} ${verb}`}
        {result.refused.length ? `, ${result.refused.length} refused` : ""}
      </AlertTitle>
      {result.refused.length > 0 && (
        <AlertDescription>
          <ul className="list-disc pl-4">
            {result.refused.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{labelOf(r.id)}</span>: {r.message}
              </li>
            ))}
          </ul>
        </AlertDescription>
      )}
    </Alert>
  );
}
