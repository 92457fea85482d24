import { describe, expect, it } from "vitest";
import { readForm } from "./form-state";

describe("readForm", () => {
  it("keeps text fields with line breaks as \\n, whatever the browser sent, and leaves out Next's own keys", () => {
    const form = new FormData();
    form.set("body", "first\r\nsecond\rthird\nfourth");
    form.set("$ACTION_ID_abc", "");
    form.set("file", new Blob(["x"]), "x.txt");
    expect(readForm(form)).toEqual({ body: "first\nsecond\nthird\nfourth" });
  });
});
