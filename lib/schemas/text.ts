import { z } from "zod";

// Postgres refuses NUL in text ("invalid byte sequence"), and a lone surrogate is not text at all
// (it cannot be encoded as UTF-8): both used to reach the database and answer 500. Every text field
// of every input schema starts from one of these two.
const controls = /\p{Cc}/u;
const controlsButLineBreaks = /[^\P{Cc}\t\n\r]/u;
const loneSurrogate = /\p{Cs}/u;

const CONTROL_MESSAGE = "Remove control characters (such as NUL) from this text";
const SURROGATE_MESSAGE = "This text has a broken character (a lone UTF-16 surrogate)";

/** One line of text: no control characters at all (tabs and line breaks included), no lone surrogates. */
export const singleLine = (error?: string) =>
  z
    .string(error ? { error } : undefined)
    .refine((v) => !controls.test(v), CONTROL_MESSAGE)
    .refine((v) => !loneSurrogate.test(v), SURROGATE_MESSAGE);

/** Text that may span lines (descriptions, comments, reasons): tab, line feed and carriage return only. */
export const multiLine = (error?: string) =>
  z
    .string(error ? { error } : undefined)
    .refine((v) => !controlsButLineBreaks.test(v), CONTROL_MESSAGE)
    .refine((v) => !loneSurrogate.test(v), SURROGATE_MESSAGE);
