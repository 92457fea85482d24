import fc from "fast-check";
import { malformedBody, queryValue, type JsonSchema, type Resolve } from "./schema-values";
import { encodeLoose, hostileKey, hostileSegment, hostileString, rawBody } from "./values";

type Parameter = { name: string; in: "path" | "query" | "header"; schema: JsonSchema };
type OperationObject = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
};
export type OpenApi = { paths: Record<string, Record<string, OperationObject>>; components?: { schemas?: Record<string, JsonSchema> } };

export type Operation = { method: string; path: string; op: OperationObject };
export type FuzzRequest = { method: string; url: string; headers: Record<string, string>; body?: string };

export function operationsOf(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })));
}

export function resolverOf(doc: OpenApi): Resolve {
  return (schema) => {
    let s = schema;
    for (let i = 0; s?.$ref && i < 10; i++) s = doc.components?.schemas?.[s.$ref.replace("#/components/schemas/", "")] ?? {};
    return s ?? {};
  };
}

const contentTypes = fc.constantFrom("application/json", "application/json", "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16");
const ifMatch = fc.oneof(fc.constantFrom('"3"', 'W/"1"', "*", '"99999999999"', "abc", '"-1"', '"0"', "1e3", '""'), fc.string({ unit: "binary-ascii", maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")));
/** A client address per request, so the per-IP sign-in and registration limits never hide what parsing does. */
const clientIp = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`);

/**
 * Malformed requests for one operation: the id in the path (a real one, a random uuid or a broken
 * segment), hostile query values and unknown parameters, a hostile If-Match, and a malformed body
 * (or raw bytes that are not JSON) under an odd content type now and then.
 */
export function requestsFor(operation: Operation, resolve: Resolve, realIds: string[]): fc.Arbitrary<FuzzRequest> {
  const params = operation.op.parameters ?? [];
  const query = params.filter((p) => p.in === "query");
  const hasIfMatch = params.some((p) => p.in === "header" && p.name === "If-Match");
  const content = operation.op.requestBody?.content ?? {};
  const json = content["application/json"]?.schema;
  const multipart = "multipart/form-data" in content;
  const id = fc.oneof(fc.uuid(), ...(realIds.length ? [fc.constantFrom(...realIds)] : []), hostileSegment);

  const queryString = fc
    .tuple(
      fc.record(Object.fromEntries(query.map((p) => [p.name, queryValue(p.schema, resolve)])), { requiredKeys: [] }),
      fc.array(fc.tuple(hostileKey.map((k) => k.slice(0, 200)), hostileString.map((v) => v.slice(0, 1500))), { maxLength: 2 }),
      fc.option(fc.constantFrom("%E0%A4%A", "%", "a=%zz", "&&==", "x[]=1&x[]=2"), { freq: 8 }),
    )
    .map(([known, extra, raw]) => {
      const pairs = [...Object.entries(known), ...extra].map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(String(v))}`);
      if (raw) pairs.push(raw);
      return pairs.length ? "?" + pairs.join("&") : "";
    });

  const body: fc.Arbitrary<{ text?: string; type?: string }> = json || multipart
    ? fc.oneof(
        { weight: 6, arbitrary: fc.tuple(malformedBody(json, resolve), contentTypes).map(([value, type]) => ({ text: JSON.stringify(value) ?? "null", type: multipart ? "multipart/form-data; boundary=x" : type })) },
        { weight: 2, arbitrary: fc.tuple(rawBody, contentTypes).map(([text, type]) => ({ text, type })) },
        { weight: 1, arbitrary: fc.constant({}) },
      )
    : fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.tuple(rawBody, contentTypes).map(([text, type]) => ({ text, type })) });

  return fc.record({ id, queryString, body, ifMatch: fc.option(ifMatch), ip: clientIp }).map(({ id, queryString, body, ifMatch, ip }) => {
    const headers: Record<string, string> = { "x-forwarded-for": ip };
    if (body.type) headers["content-type"] = body.type;
    if (hasIfMatch && ifMatch !== null) headers["if-match"] = ifMatch;
    return { method: operation.method, url: operation.path.replace("{id}", id) + queryString, headers, body: operation.method === "GET" ? undefined : body.text };
  });
}
