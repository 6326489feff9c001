import { formatDateTime } from './date-time.js';

describe('formatDateTime', () => {
  it('writes UTC with an explicit +00:00 offset whatever offset the date came in', () => {
    expect(formatDateTime(new Date('1985-07-01T01:22:11+02:00'))).toBe('1985-06-30T23:22:11+00:00');
  });
});
