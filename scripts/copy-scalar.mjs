// The API reference page loads Scalar from our own origin, never from a CDN.
import fs from "node:fs";
import path from "node:path";

const source = path.resolve(import.meta.dirname, "../node_modules/@scalar/api-reference/dist/browser/standalone.js");
const target = path.resolve(import.meta.dirname, "../public/scalar/standalone.js");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
