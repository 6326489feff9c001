import { GlueHttpException } from '#glue-core';
import { formatJsonApiErrors } from './json-api-error.formatter.js';

describe('formatJsonApiErrors', () => {
  it('writes status as a string and the message in detail', () => {
    expect(
      formatJsonApiErrors([
        { status: 404, code: '007', title: 'Resource not found', detail: 'No such SKU.' },
      ]),
    ).toEqual({
      errors: [{ status: '404', code: '007', title: 'Resource not found', detail: 'No such SKU.' }],
    });
  });

  it('keeps pointer, parameter and header sources and drops the internal attribute path', () => {
    expect(
      formatJsonApiErrors([
        {
          status: 422,
          code: '422',
          title: 'Invalid attribute',
          detail: 'email must be an email',
          source: { attribute: 'email', pointer: '/data/attributes/email' },
        },
        { status: 400, code: '011', title: 'Bad request', source: { parameter: 'filter[price]' } },
        { status: 415, code: '415', title: 'Unsupported media type', source: { header: 'Content-Type' } },
      ]),
    ).toEqual({
      errors: [
        {
          status: '422',
          code: '422',
          title: 'Invalid attribute',
          detail: 'email must be an email',
          source: { pointer: '/data/attributes/email' },
        },
        { status: '400', code: '011', title: 'Bad request', source: { parameter: 'filter[price]' } },
        { status: '415', code: '415', title: 'Unsupported media type', source: { header: 'Content-Type' } },
      ],
    });
  });

  it('writes no source when an error has only an attribute path, and no detail when it has none', () => {
    const [error] = formatJsonApiErrors([
      { status: 500, code: '500', title: 'Internal server error', source: { attribute: 'a.0.b' } },
    ]).errors;
    expect(error).toEqual({ status: '500', code: '500', title: 'Internal server error' });
    expect(error).not.toHaveProperty('source');
    expect(error).not.toHaveProperty('detail');
  });

  it('writes one error object per error, in order, as GlueHttpException carries them', () => {
    const failure = GlueHttpException.unprocessable([
      { code: '422', detail: 'a', source: { pointer: '/data/attributes/a' } },
      { code: '422', detail: 'b', source: { pointer: '/data/attributes/b' } },
    ]);
    expect(formatJsonApiErrors(failure.errors).errors.map((each) => each.source?.pointer)).toEqual([
      '/data/attributes/a',
      '/data/attributes/b',
    ]);
    expect(formatJsonApiErrors(failure.errors).errors.map((each) => each.status)).toEqual(['422', '422']);
  });
});
