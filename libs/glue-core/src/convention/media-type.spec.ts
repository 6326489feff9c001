import { parseAccept, parseMediaType } from './media-type.js';

describe('parseMediaType', () => {
  it('reads type, subtype and parameters, lower-casing names', () => {
    expect(parseMediaType('Application/VND.API+JSON; Version=1.1; profile="a b"')).toEqual({
      type: 'application',
      subtype: 'vnd.api+json',
      parameters: { version: '1.1', profile: 'a b' },
    });
  });

  it.each(['', 'json', 'application/', 'a/b/c', 'text/html; =x'])('rejects %p', (value) => {
    expect(parseMediaType(value)).toBeNull();
  });
});

describe('parseAccept', () => {
  it('orders by q, then specificity, then position', () => {
    const ranges = parseAccept('*/*;q=0.5, application/*;q=0.5, application/json;q=0.5, text/html');
    expect(ranges.map((range) => `${range.type}/${range.subtype}`)).toEqual([
      'text/html',
      'application/json',
      'application/*',
      '*/*',
    ]);
  });

  it('skips malformed ranges and invalid q-values instead of failing the request', () => {
    expect(
      parseAccept('nonsense, text/plain;q=2, application/json;q=0.1').map((range) => range.subtype),
    ).toEqual(['json']);
  });

  it('keeps quoted commas inside parameters', () => {
    expect(parseAccept('application/vnd.api+json; profile="a,b", application/json')).toHaveLength(2);
  });
});
