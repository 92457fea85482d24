import fc from "fast-check";
import { hostileKey, hostileNumber, hostileString, hostileValue } from "./values";

/** The slice of JSON Schema the OpenAPI document uses for inputs. */
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  $ref?: string;
};

export type Resolve = (schema: JsonSchema) => JsonSchema;

/** A value the schema would accept, or nearly: the ground the malformed parts stand on. */
function plausible(schema: JsonSchema, resolve: Resolve, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.enum) return fc.constantFrom(...s.enum);
  const options = s.anyOf ?? s.oneOf;
  if (options) return fc.oneof(...options.map((o) => plausible(o, resolve, depth)));
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => plausible({ ...s, type }, resolve, depth)));
  switch (types[0]) {
    case "string":
      if (s.format === "uuid") return fc.uuid();
      if (s.format === "date-time") return fc.date({ min: new Date("1900-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ maxLength: 24 });
    case "integer":
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000 });
    case "number":
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return depth > 3 ? fc.constant([]) : fc.array(plausible(s.items ?? {}, resolve, depth + 1), { maxLength: 3 });
    case "object":
      return depth > 3 ? fc.constant({}) : objectOf(s, resolve, depth + 1, false);
    default:
      return hostileValue;
  }
}

/** What breaks a field of this type: wrong types, hostile text, numbers out of range. */
function hostileFor(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes("string")) return fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: hostileValue });
  if (types.includes("integer") || types.includes("number")) return fc.oneof(hostileNumber, hostileString, hostileValue);
  return hostileValue;
}

function objectOf(s: JsonSchema, resolve: Resolve, depth: number, malformed: boolean): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(s.properties ?? {});
  const field = (schema: JsonSchema) =>
    malformed ? fc.oneof({ weight: 2, arbitrary: plausible(schema, resolve, depth) }, { weight: 1, arbitrary: hostileFor(schema, resolve) }) : plausible(schema, resolve, depth);
  return fc.record(Object.fromEntries(props.map(([key, schema]) => [key, field(schema)])), { requiredKeys: [] });
}

/**
 * A malformed body for the schema: a near-valid object with at least one thing wrong — a field
 * of a hostile value, an unknown or prototype-named key — or a body that is not an object at all.
 */
export function malformedBody(schema: JsonSchema | undefined, resolve: Resolve): fc.Arbitrary<unknown> {
  const s = schema ? resolve(schema) : { type: "object", properties: {} };
  const keys = Object.keys(s.properties ?? {});
  const base = objectOf(s, resolve, 0, true);
  const brokenField =
    keys.length > 0
      ? fc.tuple(base, fc.constantFrom(...keys)).chain(([body, key]) => hostileFor(s.properties![key], resolve).map((v) => ({ ...body, [key]: v })))
      : base;
  const extraKey = fc.tuple(base, hostileKey, hostileValue).map(([body, key, v]) => {
    const copy: Record<string, unknown> = { ...body };
    Object.defineProperty(copy, key, { value: v, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  return fc.oneof({ weight: 5, arbitrary: brokenField }, { weight: 2, arbitrary: extraKey }, { weight: 1, arbitrary: hostileValue });
}

/** A query parameter value: plausible text for its schema, or hostile text. */
export function queryValue(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<string> {
  return fc.oneof(
    plausible(schema, resolve).map((v) => (typeof v === "string" ? v : JSON.stringify(v) ?? "")),
    // Long enough to matter, short enough that the address stays under Node's header limit.
    hostileString.map((v) => v.slice(0, 1500)),
    hostileNumber.map(String),
  );
}
