import { createHash } from 'node:crypto';

/**
 * A strong entity tag for a response body: the same bytes, the same tag, across processes and
 * restarts, so any instance behind a load balancer can answer `If-None-Match`.
 */
export function entityTag(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * RFC 9110 §13.1.2: `If-None-Match` matches when it is `*` or lists the tag, compared weakly
 * (`W/"x"` matches `"x"`).
 */
export function ifNoneMatchMatches(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  const wanted = opaque(tag);
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === wanted);
}
