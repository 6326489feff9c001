import { negotiateLocale } from './accept-language.js';

const locales = ['de_DE', 'en_US'];

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'de_DE'],
    ['en-US', 'en_US'],
    ['en_US', 'en_US'],
    ['en', 'en_US'],
    ['en-GB', 'en_US'],
    ['fr, en;q=0.5', 'en_US'],
    ['de;q=0.4, en;q=0.6', 'en_US'],
    ['en;q=0, de', 'de_DE'],
    ['fr-FR', 'de_DE'],
    ['*', 'de_DE'],
    ['!!!', 'de_DE'],
  ])('negotiates %p to %p', (header, expected) => {
    expect(negotiateLocale(header, locales, 'de_DE')).toBe(expected);
  });
});
