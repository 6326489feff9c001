import { entityTag, ifNoneMatchMatches } from './entity-tag.js';

describe('entity tags', () => {
  it('gives equal bodies equal quoted tags and different bodies different ones', () => {
    expect(entityTag('{"a":1}')).toBe(entityTag('{"a":1}'));
    expect(entityTag('{"a":1}')).not.toBe(entityTag('{"a":2}'));
    expect(entityTag('x')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it('matches If-None-Match weakly, in lists, and for *', () => {
    const tag = entityTag('body');
    expect(ifNoneMatchMatches(tag, tag)).toBe(true);
    expect(ifNoneMatchMatches(`W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchMatches(`"other", ${tag}`, tag)).toBe(true);
    expect(ifNoneMatchMatches('*', tag)).toBe(true);
    expect(ifNoneMatchMatches('"other"', tag)).toBe(false);
    expect(ifNoneMatchMatches(undefined, tag)).toBe(false);
  });
});
