import type { GlueConvention } from './glue-convention.js';
import { GlueConventionRegistry } from './glue-convention.registry.js';

function convention(name: string, mediaType: string, allowed: readonly string[] = []): GlueConvention {
  return {
    name,
    mediaType,
    acceptsParameters: (parameters) => Object.keys(parameters).every((key) => allowed.includes(key)),
    readBody: () => ({ attributes: {}, id: null }),
    attributePointer: (path) => path,
    formatResult: () => ({ body: null }),
    formatErrors: () => null,
  };
}

const jsonApi = convention('json-api', 'application/vnd.api+json', ['ext', 'profile', 'version']);
const none = convention('none', 'application/json', ['charset']);
const registry = new GlueConventionRegistry([jsonApi, none]);
const negotiate = (accept: string) =>
  registry.negotiateAccept(accept, [jsonApi, none])?.convention.name ?? null;

describe('GlueConventionRegistry', () => {
  it('lets the highest q win and gives ties to the first candidate', () => {
    expect(negotiate('application/json;q=0.9, application/vnd.api+json;q=0.8')).toBe('none');
    expect(negotiate('application/json, application/vnd.api+json')).toBe('json-api');
    expect(negotiate('*/*')).toBe('json-api');
  });

  it('uses the most specific matching range for each convention', () => {
    expect(negotiate('application/*;q=0.9, application/vnd.api+json;q=0.1')).toBe('none');
    expect(negotiate('application/vnd.api+json;q=0, */*')).toBe('none');
  });

  it('refuses JSON:API when every instance carries a forbidden parameter', () => {
    expect(negotiate('application/vnd.api+json; charset=utf-8')).toBeNull();
    expect(negotiate('application/vnd.api+json; profile="https://p"')).toBe('json-api');
  });

  it('refuses a media type naming an extension the convention does not declare', () => {
    const withAtomic = { ...jsonApi, extensions: ['https://jsonapi.org/ext/atomic'] };
    const atomic = new GlueConventionRegistry([withAtomic, none]);
    const accept = (header: string, candidate = jsonApi) =>
      (candidate === jsonApi ? registry : atomic).negotiateAccept(header, [candidate])?.convention.name ??
      null;
    expect(accept('application/vnd.api+json; ext="https://x"')).toBeNull();
    expect(accept('application/vnd.api+json; ext="https://x", application/vnd.api+json')).toBe('json-api');
    expect(accept('application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"', withAtomic)).toBe(
      'json-api',
    );
    expect(
      accept('application/vnd.api+json; ext="https://jsonapi.org/ext/atomic https://x"', withAtomic),
    ).toBeNull();
    expect(registry.negotiateContentType('application/vnd.api+json; ext="https://x"', [jsonApi])).toBeNull();
    expect(
      registry.unsupportedExtensions(
        'application/vnd.api+json; ext="https://x https://y"',
        [jsonApi],
        'accept',
      ),
    ).toEqual({ convention: jsonApi, extensions: ['https://x', 'https://y'] });
    expect(
      registry.unsupportedExtensions('application/vnd.api+json; ext="https://x", */*', [jsonApi], 'accept'),
    ).toEqual({
      convention: jsonApi,
      extensions: ['https://x'],
    });
    expect(
      registry.unsupportedExtensions(
        'application/vnd.api+json; ext="https://x", application/vnd.api+json',
        [jsonApi],
        'accept',
      ),
    ).toBeNull();
  });

  it('matches a Content-Type only to a convention accepting its parameters', () => {
    expect(
      registry.negotiateContentType('application/json; charset=utf-8', [jsonApi, none])?.convention.name,
    ).toBe('none');
    expect(
      registry.negotiateContentType('application/vnd.api+json; charset=utf-8', [jsonApi, none]),
    ).toBeNull();
    expect(registry.negotiateContentType('text/xml', [jsonApi, none])).toBeNull();
  });

  describe('in Glue compatibility mode (a body labelled as Glue clients label it)', () => {
    const glueJsonApi: GlueConvention = {
      ...jsonApi,
      glueRequestMediaTypes: ['application/json', 'text/plain'],
      isDocument: (body) => typeof body === 'object' && body !== null && 'data' in body,
    };
    const glueNone: GlueConvention = { ...none, glueRequestMediaTypes: ['text/plain'] };
    const glue = new GlueConventionRegistry([glueJsonApi, glueNone]);
    const document = { data: { type: 'customers', attributes: {} } };
    const plain = { email: 'a@b.c' };
    const read = (contentType: string, candidates: GlueConvention[], body: unknown, on = true) =>
      glue.negotiateContentType(contentType, candidates, on ? { body } : undefined)?.convention.name ?? null;

    it('reads a JSON:API document labelled application/json or text/plain (any charset) as JSON:API', () => {
      expect(read('application/json', [glueJsonApi, glueNone], document)).toBe('json-api');
      expect(read('text/plain;charset=UTF-8', [glueJsonApi, glueNone], document)).toBe('json-api');
      expect(read('application/json; charset=utf-8', [glueJsonApi], document)).toBe('json-api');
    });

    it('keeps plain JSON plain where the resource serves none, and JSON:API where it serves only that', () => {
      expect(read('application/json', [glueJsonApi, glueNone], plain)).toBe('none');
      expect(read('text/plain', [glueJsonApi, glueNone], plain)).toBe('none');
      expect(read('text/plain', [glueNone], document)).toBe('none');
      expect(read('application/json', [glueJsonApi], plain)).toBe('json-api');
    });

    it('still refuses other media types, and other parameters on the generic labels', () => {
      expect(read('text/xml', [glueJsonApi, glueNone], document)).toBeNull();
      expect(read('text/plain; format=flowed', [glueJsonApi, glueNone], document)).toBeNull();
    });

    it('is strict with the mode off', () => {
      expect(read('application/json', [glueJsonApi, glueNone], document, false)).toBe('none');
      expect(read('text/plain', [glueJsonApi, glueNone], document, false)).toBeNull();
      expect(read('application/json', [glueJsonApi], document, false)).toBeNull();
    });
  });

  it('fails loudly when a resource names a convention the application lacks', () => {
    expect(() => registry.select(['hal'], 'Resource "x"')).toThrow(/does not register/);
  });
});
