import { isIntegerId } from './ids.js';

describe('isIntegerId', () => {
  it.each(['1', '42', '2147483647'])('accepts %s', (value) => {
    expect(isIntegerId(value)).toBe(true);
  });

  it.each(['', '0', '-1', '01', '1.5', '1e3', ' 1', 'abc', '2147483648', '99999999999'])(
    'refuses "%s"',
    (value) => {
      expect(isIntegerId(value)).toBe(false);
    },
  );
});
