import { z } from "zod";
import { toUnicode, toUnicodeText } from "./zawgyi";

// Both are `z.string()` with an `.overwrite()` first: zod 4 runs a string's checks in order, so
// `.min()`/`.max()` chained after it measure the converted text, the value stays a ZodString
// (`.nullish()`, `.optional()`, `.meta()` work as before) and the JSON Schema in the OpenAPI document
// is still `{ type: "string", minLength, maxLength }`. A `.transform()` or `z.preprocess()` would
// make a pipe that zod-openapi cannot describe as the request's input. Keep `.min()`/`.max()` after
// these calls, never before: a check placed before the overwrite would see the raw input.

/**
 * A one-line human text field (name, title, option text): Zawgyi → Unicode, NFC, invisible
 * characters removed, whitespace collapsed and trimmed (`toUnicode`). Chain `.min(1).max(n)`.
 */
export const unicodeLine = () => z.string().overwrite(toUnicode);

/**
 * A multi-line human text field (description, lesson body, quiz prompt): like `unicodeLine`, but
 * line breaks (as LF) and indentation are kept and Zawgyi is detected per line (`toUnicodeText`).
 */
export const unicodeText = () => z.string().overwrite(toUnicodeText);
