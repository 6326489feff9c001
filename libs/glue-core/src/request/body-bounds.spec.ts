import express from 'express';
import request from 'supertest';
import { glueBodyParser } from '../pipeline/body-parser.js';
import { DEFAULT_REQUEST_LIMITS } from '../limits/request-limits.js';
import { pointerAt, scanJson } from './body-bounds.js';
import { readRequestError } from '../pipeline/request-bounds.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

/** An Express app that answers with what the body bounds kept for the `store` step. */
function echo() {
  const app = express();
  app.use(glueBodyParser({ ...DEFAULT_REQUEST_LIMITS, maxBodyDepth: 4 }));
  app.post('/', (req, res) => {
    res.json({ body: req.body as unknown, refused: readRequestError(req) });
  });
  return app;
}
const postJson = (text: string) =>
  request(echo()).post('/').set('Content-Type', 'application/vnd.api+json').send(text);

describe('scanJson', () => {
  it('measures nesting outside strings only', () => {
    expect(scanJson(bytes('{"a":[1,{"b":"[[[{{{"}]}'), 3)).toEqual({
      tooDeepAt: -1,
      suspiciousEscape: false,
    });
    expect(scanJson(bytes('[[[[]]]]'), 3)).toEqual({ tooDeepAt: 3, suspiciousEscape: false });
    expect(scanJson(bytes('["\\"[[[[", []]'), 2)).toEqual({ tooDeepAt: -1, suspiciousEscape: false });
  });

  it('stops at the first bracket too deep, however long the body', () => {
    const body = bytes('['.repeat(1024 * 1024));
    expect(scanJson(body, 32).tooDeepAt).toBe(32);
  });

  it.each(['"\\u0000"', '"\\uD800"', '"\\udfff"', '"\\ud83d\\ude00"'])('marks the escape in %s', (text) => {
    expect(scanJson(bytes(text), 3).suspiciousEscape).toBe(true);
  });

  it.each(['"\\u00e9"', '"\\\\u0000"', '"\\uC800"', '"u0000"'])('leaves %s alone', (text) => {
    expect(scanJson(bytes(text), 3).suspiciousEscape).toBe(false);
  });
});

describe('pointerAt', () => {
  it('names the container opening at the end of the prefix', () => {
    expect(pointerAt('')).toBe('');
    expect(pointerAt('[[')).toBe('/0/0');
    expect(pointerAt('{"data":{"a/b":[1,2,')).toBe('/data/a~1b/2');
    expect(pointerAt('{"x":"{[","y":{"z\\"":[[],')).toBe('/y/z"/1');
  });
});

describe('glueBodyParser with the body bounds', () => {
  it('passes ordinary bodies, paired surrogates included', async () => {
    const response = await postJson('{"data":{"name":"\\ud83d\\ude00 \\u00e9"}}');
    expect(response.body).toEqual({ body: { data: { name: '😀 é' } }, refused: null });
  });

  it('refuses a body nested too deep, naming where, without parsing it', async () => {
    const response = await postJson('{"data":{"a":[[[1]]]}}');
    expect(response.body.body).toBeUndefined();
    expect(response.body.refused).toMatchObject({
      status: 400,
      code: '4005',
      source: { pointer: '/data/a/0/0' },
      detail: 'The JSON body nests deeper than 4 levels at byte 15; the body nesting limit is 4.',
    });
  });

  it('refuses NUL and lone surrogates in values and member names, naming them', async () => {
    expect((await postJson('{"a":["x","y\\u0000"]}')).body.refused).toMatchObject({
      code: '4006',
      source: { pointer: '/a/1' },
    });
    expect((await postJson('{"a":{"b\\ud800":1}}')).body.refused).toMatchObject({
      code: '4006',
      source: { pointer: '/a' },
      detail:
        'A member name of the object at "/a" contains a lone UTF-16 surrogate, which this API does not accept.',
    });
    expect((await postJson('"\\udc00"')).body.refused).toMatchObject({
      code: '4006',
      source: { pointer: '' },
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    // An overlong "/" (0xC0 0xAF) inside a JSON string, sent as raw bytes.
    const response = await request(echo())
      .post('/')
      .set('Content-Type', 'application/json')
      .serialize((body: unknown) => body as string)
      .send(Buffer.from([0x22, 0xc0, 0xaf, 0x22]));
    expect(response.body.refused).toMatchObject({ code: '4006', source: { pointer: '' } });
  });

  it('refuses form fields that percent-decode to NUL or not to UTF-8', async () => {
    const form = (text: string) => request(echo()).post('/').type('form').send(text);
    expect((await form('grant_type=password&username=a%00b')).body.refused).toMatchObject({
      code: '4006',
      source: { pointer: '/username' },
    });
    expect((await form('grant_type=password&password=%E0%A4%A')).body.refused).toMatchObject({
      code: '4006',
      source: { pointer: '/password' },
    });
    expect((await form('grant_type=password&username=J%C3%BCrgen')).body).toEqual({
      body: { grant_type: 'password', username: 'Jürgen' },
      refused: null,
    });
  });
});
