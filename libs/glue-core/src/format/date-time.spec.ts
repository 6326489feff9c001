import { formatDateTime, parseDateTime } from './date-time.js';

describe('formatDateTime', () => {
  it('writes UTC with an explicit +00:00 offset whatever offset the date came in', () => {
    expect(formatDateTime(new Date('1985-07-01T01:22:11+02:00'))).toBe('1985-06-30T23:22:11+00:00');
  });
});

describe('parseDateTime', () => {
  it.each([
    ['1985-07-01T01:22:11+02:00', '1985-06-30T23:22:11.000Z'],
    ['1985-06-30T23:22:11Z', '1985-06-30T23:22:11.000Z'],
    ['1985-06-30t23:22:11z', '1985-06-30T23:22:11.000Z'],
    ['1985-06-30T18:22:11-0500', '1985-06-30T23:22:11.000Z'],
    ['1985-06-30T23:22+00:00', '1985-06-30T23:22:00.000Z'],
    ['1985-06-30T23:22:11.123456+00:00', '1985-06-30T23:22:11.123Z'],
  ])('reads %s as the instant %s', (input, instant) => {
    expect(parseDateTime(input)?.toISOString()).toBe(instant);
  });

  it.each([
    '1985-06-30T23:22:11',
    '1985-06-30',
    '2026-02-30T10:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    'yesterday',
    '',
  ])('refuses %j', (input) => {
    expect(parseDateTime(input)).toBeNull();
  });
});
