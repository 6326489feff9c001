import { GlueHttpException, type GlueBodyTarget, type GlueError } from '#glue-core';
import { isJsonApiDocument, readJsonApiDocument } from './json-api-document.reader.js';

const create: GlueBodyTarget = { type: 'customers', method: 'POST', id: null, glueCompatibility: false };
const update: GlueBodyTarget = { type: 'customers', method: 'PATCH', id: 'DE--1', glueCompatibility: false };
const glueCreate: GlueBodyTarget = { ...create, glueCompatibility: true };
const glueUpdate: GlueBodyTarget = { ...update, glueCompatibility: true };

/** The one error the reader refused `body` with. */
function refusal(body: unknown, target: GlueBodyTarget): GlueError {
  try {
    readJsonApiDocument(body, target);
  } catch (error) {
    if (error instanceof GlueHttpException && error.errors.length === 1 && error.errors[0]) {
      return error.errors[0];
    }
    throw error;
  }
  throw new Error('expected the document to be refused');
}

describe('readJsonApiDocument', () => {
  it('reads the attributes of a creation, without an id', () => {
    expect(
      readJsonApiDocument({ data: { type: 'customers', attributes: { email: 'a@b.c' } } }, create),
    ).toEqual({ attributes: { email: 'a@b.c' }, id: null });
  });

  it("reads an update naming the URL's id; attributes default to none", () => {
    expect(readJsonApiDocument({ data: { type: 'customers', id: 'DE--1' } }, update)).toEqual({
      attributes: {},
      id: 'DE--1',
    });
  });

  it.each([
    ['a document that is not an object', [], ''],
    ['a document that is null', null, ''],
    ['a document without data', { meta: {} }, '/data'],
    ['data as an array', { data: [] }, '/data'],
    ['data.type missing', { data: { attributes: {} } }, '/data/type'],
    ['data.id not a string', { data: { type: 'customers', id: 1 } }, '/data/id'],
    ['attributes not an object', { data: { type: 'customers', attributes: [] } }, '/data/attributes'],
  ])('refuses %s with 400, code 4002, and a pointer', (_case, body, pointer) => {
    expect(refusal(body, create)).toEqual({
      status: 400,
      code: '4002',
      title: 'Bad request',
      detail: expect.any(String) as string,
      source: { pointer },
    });
  });

  it("refuses another endpoint's type with 409 pointing at /data/type", () => {
    expect(refusal({ data: { type: 'addresses', attributes: {} } }, create)).toEqual({
      status: 409,
      code: '409',
      title: 'Conflict',
      detail: 'This endpoint takes "customers", not "addresses".',
      source: { pointer: '/data/type' },
    });
  });

  it('refuses a client-generated id on creation with 403, code 4003', () => {
    expect(refusal({ data: { type: 'customers', id: 'x', attributes: {} } }, create)).toEqual({
      status: 403,
      code: '4003',
      title: 'Forbidden',
      detail: 'Client-generated ids are not supported by this endpoint.',
      source: { pointer: '/data/id' },
    });
  });

  it('refuses an update without data.id with 400 and one naming another id with 409', () => {
    expect(refusal({ data: { type: 'customers', attributes: {} } }, update)).toEqual({
      status: 400,
      code: '4002',
      title: 'Bad request',
      detail: '"data.id" is required when updating a resource.',
      source: { pointer: '/data/id' },
    });
    expect(refusal({ data: { type: 'customers', id: 'DE--2', attributes: {} } }, update)).toEqual({
      status: 409,
      code: '409',
      title: 'Conflict',
      detail: '"data.id" must be "DE--1", the id in the URL.',
      source: { pointer: '/data/id' },
    });
  });

  it('takes an update of a route without an id in the URL as it comes', () => {
    const singleton: GlueBodyTarget = {
      type: 'customers',
      method: 'PATCH',
      id: null,
      glueCompatibility: false,
    };
    expect(readJsonApiDocument({ data: { type: 'customers', attributes: { a: 1 } } }, singleton)).toEqual({
      attributes: { a: 1 },
      id: null,
    });
  });

  describe('in Glue compatibility mode', () => {
    it("refuses another endpoint's type with 400, as Glue does", () => {
      expect(refusal({ data: { type: 'addresses', attributes: {} } }, glueCreate)).toEqual({
        status: 400,
        code: '4002',
        title: 'Bad request',
        detail: 'This endpoint takes "customers", not "addresses".',
        source: { pointer: '/data/type' },
      });
    });

    it("takes an update without data.id as the URL's, and still refuses another id with 409", () => {
      expect(readJsonApiDocument({ data: { type: 'customers', attributes: { a: 1 } } }, glueUpdate)).toEqual({
        attributes: { a: 1 },
        id: 'DE--1',
      });
      expect(refusal({ data: { type: 'customers', id: 'DE--2', attributes: {} } }, glueUpdate)).toMatchObject(
        {
          status: 409,
          source: { pointer: '/data/id' },
        },
      );
    });

    it('still refuses a client-generated id on creation with 403', () => {
      expect(refusal({ data: { type: 'customers', id: 'x' } }, glueCreate)).toMatchObject({ status: 403 });
    });
  });
});

describe('isJsonApiDocument', () => {
  it.each([
    [{ data: { type: 'customers' } }, true],
    [{ data: null }, true],
    [{ email: 'a@b.c' }, false],
    [[{ data: {} }], false],
    ['{"data":{}}', false],
    [null, false],
  ])('tells a JSON:API document (%j) from plain JSON: %s', (body, expected) => {
    expect(isJsonApiDocument(body)).toBe(expected);
  });
});
