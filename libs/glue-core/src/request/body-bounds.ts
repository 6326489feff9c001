import { isUtf8 } from 'node:buffer';
import type { Request } from 'express';
import type { GlueError } from '../errors/glue-error.js';
import { limitExceeded, type GlueRequestLimits } from '../limits/request-limits.js';
import {
  escapePointerToken,
  findUnstorableJsonText,
  unstorableEncodedReason,
  unstorableText,
} from './unstorable-text.js';

/**
 * Body bounds, the raw-byte checks of the `body` step: checks a body's raw bytes before they are parsed,
 * in one linear pass (body-parser's `verify` hook), so that an over-nested document is never
 * parsed and every string that reaches a resource is text PostgreSQL can store. What it refuses is
 * kept for the `store` step to answer, as the request bounds' refusals are.
 *
 * - JSON: valid UTF-8; arrays and objects nested at most `maxBodyDepth` deep (a megabyte of `[[[…`
 *   stops at its 33rd byte); an escape that can decode to NUL (`\u0000`) or to a surrogate marks
 *   the request, and after parsing, only then, its strings are searched for the one to name.
 * - forms: valid UTF-8, and every name and value percent-decodes to storable text.
 */
export class BodyRefusal extends Error {
  constructor(readonly error: GlueError) {
    super(error.detail);
  }
}

const MAY_HOLD_UNSTORABLE_TEXT = Symbol('glue.body-may-hold-unstorable-text');

type WithMark = Request & { [MAY_HOLD_UNSTORABLE_TEXT]?: true };

/** body-parser's `verify` for JSON: throws `BodyRefusal`, or marks the request for `checkParsedJson`. */
export function verifyJsonBody(
  limits: GlueRequestLimits,
): (request: Request, _: unknown, bytes: Buffer) => void {
  return (request, _response, bytes) => {
    if (!isUtf8(bytes)) throw new BodyRefusal(notUtf8());
    const scan = scanJson(bytes, limits.maxBodyDepth);
    if (scan.tooDeepAt !== -1) {
      const pointer = pointerAt(bytes.subarray(0, scan.tooDeepAt).toString('utf8'));
      throw new BodyRefusal(
        limitExceeded(
          limits,
          'maxBodyDepth',
          `The JSON body nests deeper than ${limits.maxBodyDepth} levels at byte ${scan.tooDeepAt}`,
          { pointer },
        ),
      );
    }
    if (scan.suspiciousEscape) (request as WithMark)[MAY_HOLD_UNSTORABLE_TEXT] = true;
  };
}

/** After parsing a JSON body the scan marked: the first string PostgreSQL cannot store, as an error. */
export function checkParsedJson(request: Request, body: unknown): GlueError | null {
  if (!(request as WithMark)[MAY_HOLD_UNSTORABLE_TEXT]) return null;
  const found = findUnstorableJsonText(body);
  if (!found) return null;
  const where = found.inMemberName
    ? `A member name of the object at "${found.pointer}"`
    : `The string at "${found.pointer}"`;
  return unstorableText(where, found.reason, { pointer: found.pointer });
}

/** body-parser's `verify` for forms (`application/x-www-form-urlencoded`). */
export function verifyFormBody(): (request: Request, _: unknown, bytes: Buffer) => void {
  return (_request, _response, bytes) => {
    if (!isUtf8(bytes)) throw new BodyRefusal(notUtf8());
    const text = bytes.toString('utf8');
    if (unstorableEncodedReason(text) === null) return;
    for (const pair of text.split('&')) {
      const equals = pair.indexOf('=');
      const rawName = equals === -1 ? pair : pair.slice(0, equals);
      const nameReason = unstorableEncodedReason(rawName);
      if (nameReason) throw new BodyRefusal(unstorableText('A form field name', nameReason, { pointer: '' }));
      const valueReason = equals === -1 ? null : unstorableEncodedReason(pair.slice(equals + 1));
      if (valueReason) {
        const name = decodeURIComponent(rawName.replace(/\+/g, ' '));
        throw new BodyRefusal(
          unstorableText(`The form field ${name}`, valueReason, {
            pointer: `/${escapePointerToken(name)}`,
          }),
        );
      }
    }
  };
}

function notUtf8(): GlueError {
  return unstorableText('The request body', 'bytes that are not UTF-8', { pointer: '' });
}

interface JsonScan {
  /** Byte offset of the first `[` or `{` beyond the depth limit, or -1. */
  readonly tooDeepAt: number;
  /** A `\u0000` or `\uD800`–`\uDFFF` escape in a string (a paired surrogate is fine, but rare). */
  readonly suspiciousEscape: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const LOWER_U = 0x75;
const DIGIT_ZERO = 0x30;

/**
 * One pass over the raw bytes of a JSON text: the nesting outside strings, and the escapes inside
 * them that may decode to text PostgreSQL cannot store. Malformed JSON is left to `JSON.parse`.
 */
export function scanJson(bytes: Uint8Array, maxDepth: number): JsonScan {
  let depth = 0;
  let inString = false;
  let suspiciousEscape = false;
  const length = bytes.length;
  for (let index = 0; index < length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (inString) {
      if (byte === QUOTE) {
        inString = false;
      } else if (byte === BACKSLASH) {
        if (bytes[index + 1] === LOWER_U && !suspiciousEscape) {
          suspiciousEscape = isSuspiciousEscape(bytes, index + 2);
        }
        index += 1; // the escaped character (a `"` or `\` must not end or escape anything)
      }
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      depth += 1;
      if (depth > maxDepth) return { tooDeepAt: index, suspiciousEscape };
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth -= 1;
    }
  }
  return { tooDeepAt: -1, suspiciousEscape };
}

/** The four hex digits at `start` are `0000`, or `D800`–`DFFF` (any case). */
function isSuspiciousEscape(bytes: Uint8Array, start: number): boolean {
  const first = (bytes[start] ?? 0) | 0x20; // lower-case a letter, leave a digit alone
  if (first === DIGIT_ZERO) {
    return (
      bytes[start + 1] === DIGIT_ZERO && bytes[start + 2] === DIGIT_ZERO && bytes[start + 3] === DIGIT_ZERO
    );
  }
  if (first !== 0x64) return false; // 'd'
  const second = (bytes[start + 1] ?? 0) | 0x20;
  return (second >= 0x38 && second <= 0x39) || (second >= 0x61 && second <= 0x66); // 8, 9, a–f
}

/**
 * The JSON pointer of the container that opens at the end of `prefix` (a JSON text cut just
 * before an opening bracket): array indexes and member names on the way there. Only for the
 * error of an over-nested body, so it may be slower than the scan.
 */
export function pointerAt(prefix: string): string {
  const path: { index: number; name: string | null; isArray: boolean }[] = [];
  let stringStart = -1;
  for (let index = 0; index < prefix.length; index += 1) {
    const char = prefix[index];
    if (stringStart !== -1) {
      if (char === '\\') index += 1;
      else if (char === '"') {
        const top = path.at(-1);
        if (top && !top.isArray && top.name === null) top.name = memberName(prefix, stringStart, index);
        stringStart = -1;
      }
    } else if (char === '"') {
      stringStart = index;
    } else if (char === '[' || char === '{') {
      path.push({ index: 0, name: null, isArray: char === '[' });
    } else if (char === ']' || char === '}') {
      path.pop();
    } else if (char === ',') {
      const top = path.at(-1);
      if (top?.isArray) top.index += 1;
      else if (top) top.name = null;
    }
  }
  return path
    .map((step) => `/${step.isArray ? String(step.index) : escapePointerToken(step.name ?? '')}`)
    .join('');
}

/** The member name whose quotes are at `start` and `end` of `text`, unescaped. */
function memberName(text: string, start: number, end: number): string {
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return text.slice(start + 1, end); // a malformed escape: JSON.parse would refuse the body anyway
  }
}
