import express from 'express';
import request from 'supertest';
import { DEFAULT_REQUEST_LIMITS } from '../limits/request-limits.js';
import { glueBodyParser, readBodyError } from './body-parser.js';

/** An Express app that answers with what the body parser made of the request. */
function echo(glueCompatibility = false) {
  const app = express();
  app.use(glueBodyParser({ ...DEFAULT_REQUEST_LIMITS, maxBodyBytes: 1024 }, { glueCompatibility }));
  app.post('/', (req, res) => {
    res.json({ body: req.body as unknown, error: readBodyError(req) });
  });
  return app;
}

describe('glueBodyParser', () => {
  it('parses JSON of any JSON media type, and forms', async () => {
    const json = await request(echo())
      .post('/')
      .set('Content-Type', 'application/vnd.api+json')
      .send('{"a":1}');
    expect(json.body).toEqual({ body: { a: 1 }, error: null });
    const form = await request(echo()).post('/').type('form').send('grant_type=password&username=a');
    expect(form.body).toEqual({ body: { grant_type: 'password', username: 'a' }, error: null });
  });

  it('keeps a malformed body as a 400 with code 4002 for the parsing step', async () => {
    const response = await request(echo()).post('/').set('Content-Type', 'application/json').send('{"a":');
    expect(response.body.error).toMatchObject({
      status: 400,
      code: '4002',
      detail: 'The request body is not valid JSON.',
    });
  });

  it('keeps a body over the limit as 413 with code 413', async () => {
    const response = await request(echo())
      .post('/')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(2048) }));
    expect(response.body.error).toMatchObject({ status: 413, code: '413' });
  });

  it('keeps an unsupported charset as 415 with code 415, not as malformed JSON', async () => {
    const response = await request(echo())
      .post('/')
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{"a":1}');
    expect(response.body.error).toMatchObject({
      status: 415,
      code: '415',
      source: { header: 'Content-Type' },
    });
  });

  it('reads a form-labelled body that is a JSON object as JSON, as Glue’s /token does', async () => {
    const response = await request(echo())
      .post('/')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(' {"grant_type":"password","password":"a&b=c+d%"}');
    expect(response.body).toEqual({ body: { grant_type: 'password', password: 'a&b=c+d%' }, error: null });
    const broken = await request(echo()).post('/').type('form').send('{"grant_type":');
    expect(broken.body.error).toMatchObject({ status: 400, code: '4002' });
  });

  it('reads text/plain as JSON in Glue compatibility mode only', async () => {
    const send = (glue: boolean) =>
      request(echo(glue)).post('/').set('Content-Type', 'text/plain;charset=UTF-8').send('{"data":{}}');
    expect((await send(true)).body).toEqual({ body: { data: {} }, error: null });
    expect((await send(false)).body).toEqual({ error: null });
    const notJson = await request(echo(true)).post('/').set('Content-Type', 'text/plain').send('hello');
    expect(notJson.body.error).toMatchObject({ status: 400, code: '4002' });
  });
});
