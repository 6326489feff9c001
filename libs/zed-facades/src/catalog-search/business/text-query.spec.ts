import { prefixTsQuery, queryWords } from './text-query.js';

describe('queryWords / prefixTsQuery', () => {
  it('splits on anything but letters and digits, lower-cased, umlauts kept', () => {
    expect(queryWords('  Sony-Kamera  ÜBER cam_3 ')).toEqual(['sony', 'kamera', 'über', 'cam', '3']);
  });

  it('matches every word as a prefix and leaves no tsquery syntax through', () => {
    expect(prefixTsQuery(`Kamera & !'x':* | (y)`)).toBe(`'kamera':* & 'x':* & 'y':*`);
  });

  it('gives null for text without a word, and ignores words past the tenth', () => {
    expect(prefixTsQuery(' -&- ')).toBeNull();
    expect(queryWords('a b c d e f g h i j k l')).toHaveLength(10);
  });
});
