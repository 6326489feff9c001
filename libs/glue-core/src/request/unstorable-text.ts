import { GlueErrorCode, type GlueError, type GlueErrorSource } from '../errors/glue-error.js';

/**
 * Text PostgreSQL cannot store (docs/security.md, "Text PostgreSQL cannot store"): a NUL character
 * (no `text` value may hold one), a lone UTF-16 surrogate (it has no UTF-8 form; the driver would
 * silently store U+FFFD instead), or percent-encoding that does not decode to UTF-8 (`%C0`,
 * `%E0%A4%A`). The request-bounds step checks the path and the query with these, the body parser
 * checks bodies; headers never get here (see `docs/security.md`).
 */

/** Why PostgreSQL cannot store this text, or `null` when it can. */
export function unstorableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'a NUL character';
  if (!text.isWellFormed()) return 'a lone UTF-16 surrogate';
  return null;
}

/**
 * Why a percent-encoded URL component (a path segment, a query or form name or value, as sent)
 * would decode to text PostgreSQL cannot store, or `null`. Decodes only when there is a `%`.
 */
export function unstorableEncodedReason(raw: string): string | null {
  if (!raw.includes('%')) return raw.includes('\u0000') ? 'a NUL character' : null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return 'percent-encoding that is not UTF-8';
  }
  // decodeURIComponent refuses encoded surrogates, so only NUL is left to look for.
  return decoded.includes('\u0000') ? 'a NUL character' : null;
}

/** 400 with code `4006`: `where` holds `reason` (from the functions above). */
export function unstorableText(where: string, reason: string, source?: GlueErrorSource): GlueError {
  return {
    status: 400,
    code: GlueErrorCode.UnstorableText,
    title: 'Text that cannot be stored',
    detail: `${where} contains ${reason}, which this API does not accept.`,
    ...(source && { source }),
  };
}

/** Where in a parsed JSON value a string (a member name or a value) holds unstorable text. */
export interface UnstorableJsonText {
  /** JSON pointer (RFC 6901) of the value, or of the object whose member name it is. */
  readonly pointer: string;
  readonly reason: string;
  readonly inMemberName: boolean;
}

/**
 * The first string of a parsed JSON value (member names included) that PostgreSQL cannot store,
 * depth first, or `null`. Its nesting is bounded by the body scan before parsing, so the recursion is too.
 */
export function findUnstorableJsonText(value: unknown, pointer = ''): UnstorableJsonText | null {
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    return reason ? { pointer, reason, inMemberName: false } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnstorableJsonText(value[index], `${pointer}/${index}`);
      if (found) return found;
    }
    return null;
  }
  for (const [name, member] of Object.entries(value)) {
    const reason = unstorableReason(name);
    if (reason) return { pointer, reason, inMemberName: true };
    const found = findUnstorableJsonText(member, `${pointer}/${escapePointerToken(name)}`);
    if (found) return found;
  }
  return null;
}

/** RFC 6901: `~` and `/` in a reference token. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
