import fc from "fast-check";

// Hostile values for the fuzzer (tests/api/fuzz.spec.ts). None of them contains text the leak
// checks look for (paths, SQL keywords, hashes), so an echo of the input is never a false alarm.

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfff y",
    "\u202egnp.exe",
    "\u0007\u001b[2J",
    "%00",
    "%E0%A4%A",
    "' OR '1'='1",
    "\\",
    "${7*7}",
    "{{7*7}}",
    "constructor",
    "__proto__",
    "toString",
    "1e309",
    "-0",
    "NaN",
    "Infinity",
    "0x10",
    "+275760-09-13T00:00:00.000Z",
    "-271821-04-20T00:00:00.000Z",
    "0000-00-00",
    "2024-02-30T25:61:61Z",
    "99999-01-01",
    "",
    " ",
    "\t\n\r",
    "T-1",
    "00000000-0000-0000-0000-000000000000",
  ),
  fc.tuple(fc.string({ maxLength: 12 }), fc.oneof(loneSurrogate, control), fc.string({ maxLength: 12 })).map((p) => p.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 200, max: 30_000 }).map((n) => "x".repeat(n)),
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 31, 2 ** 31 - 1, 2 ** 53 + 2, -1, 0, 0.5, -0, 5e-324, 123_456_789_012, 1e21),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value at all, weighted towards the nasty ones; bounded in depth and size. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom("constructor", "__proto__", "toString", "hasOwnProperty")), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** Keys a body should not have: prototype names and control characters. */
export const hostileKey = fc.oneof(fc.constantFrom("constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype", "", "a\u0000b", "\ud800"), hostileString);

/** A path segment as sent on the wire: already percent-encoded, broken escapes included. */
export const hostileSegment = fc.oneof(
  fc.constantFrom("%E0%A4%A", "%", "%%", "%zz", "%00", "%C0%AF", "%ED%A0%80", "%FF", "..", "%2e%2e", "%2F", "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "0", "-1", "1e309", "%20"),
  fc.integer({ min: 300, max: 2000 }).map((n) => "a".repeat(n)),
  // Over Node's 16 KB limit for the request line and headers.
  fc.constant("a".repeat(20_000)),
  hostileString.filter((v) => v.length < 1000).map(encodeLoose),
);

/** Percent-encodes any JS string, lone surrogates as their (invalid) 3-byte UTF-8 form. */
export function encodeLoose(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => "%" + b.toString(16).toUpperCase()).join("");
    } else out += encodeURIComponent(char);
  }
  return out;
}

/** Raw request bodies that are not one JSON value, or are JSON of an awkward size or shape. */
export const rawBody = fc.oneof(
  fc.constantFrom("{", "[1,", "\u0000", '{"a":1}garbage', "null", "[]", '"text"', "1".repeat(400), '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}'),
  fc.integer({ min: 100, max: 20_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  fc.integer({ min: 100, max: 5_000 }).map((n) => '{"a":'.repeat(n) + "1" + "}".repeat(n)),
  fc.string({ unit: "binary", maxLength: 60 }),
);
