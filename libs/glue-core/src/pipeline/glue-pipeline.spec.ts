import 'reflect-metadata';
import {
  Get,
  Injectable,
  Module,
  Post,
  type CanActivate,
  type ExecutionContext,
  type INestApplication,
  type PipeTransform,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import request from 'supertest';
import { configureGlueApplication } from '../application/create-glue-application.js';
import { GlueApplicationModule } from '../application/glue-application.module.js';
import { Public, Scopes } from '../auth/auth.decorators.js';
import { NoneConvention } from '../convention/none.convention.js';
import { GlueExpressAdapter, type GlueResultStep } from '../http/glue-express.adapter.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { GlueAttributes } from '../resource/glue-params.decorator.js';
import { GlueResource } from '../resource/glue-resource.decorator.js';
import { GLUE_PIPELINE, insertPipelineStep, replacePipelineStep } from './glue-pipeline.js';
import type { GluePipelineStep } from './pipeline-step.js';

describe('GLUE_PIPELINE', () => {
  it('lists the steps in the order a request meets them, each with where it runs', () => {
    expect(GLUE_PIPELINE.map((step) => `${step.name}: ${step.runs}`)).toEqual([
      'bounds: express',
      'body: express',
      'hydrate: middleware',
      'cors: middleware',
      'store: middleware',
      'route: routing-miss',
      'negotiate: guard',
      'rate-limit: guard',
      'authenticate: guard',
      'authorize: guard',
      'parse: guard',
      'validate: parameters',
      'format: result',
      'error: filter',
    ]);
  });

  it('names each step once', () => {
    const names = GLUE_PIPELINE.map((step) => step.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

/** Counts the requests that reach it; placed after `authorize` in the spec's pipeline. */
@Injectable()
class AuditGuard implements CanActivate {
  static seen: string[] = [];

  canActivate(execution: ExecutionContext): boolean {
    AuditGuard.seen.push(execution.switchToHttp().getRequest<Request>().path);
    return true;
  }
}

/** A `format` step of the project's own: plain text. */
@Injectable()
class TextFormattingStep implements GlueResultStep {
  reply(result: unknown, routeStatus: number): GlueHttpReply {
    const body = `formatted ${JSON.stringify(result)}`;
    return new GlueHttpReply(routeStatus, { 'Content-Type': 'text/plain' }, body);
  }
}

/** A `validate` step of the project's own: marks what it let through. */
@Injectable()
class StampingPipe implements PipeTransform {
  transform(value: Record<string, unknown>): Record<string, unknown> {
    return { ...value, stamped: true };
  }
}

const auditStep: GluePipelineStep = { name: 'audit', runs: 'guard', use: AuditGuard };

describe('replacePipelineStep and insertPipelineStep', () => {
  it('put a step at the place named, and leave the rest in order', () => {
    const pipeline = insertPipelineStep(GLUE_PIPELINE, { after: 'authorize' }, auditStep);
    const names = pipeline.map((step) => step.name);
    expect(names.slice(names.indexOf('authorize'), names.indexOf('authorize') + 3)).toEqual([
      'authorize',
      'audit',
      'parse',
    ]);
    const before = insertPipelineStep(GLUE_PIPELINE, { before: 'negotiate' }, auditStep);
    expect(before.map((step) => step.name).indexOf('audit')).toBe(names.indexOf('negotiate'));
    const replaced = replacePipelineStep(GLUE_PIPELINE, 'format', {
      name: 'format',
      runs: 'result',
      use: TextFormattingStep,
    });
    expect(replaced.map((step) => step.name)).toEqual(GLUE_PIPELINE.map((step) => step.name));
    expect(replaced.find((step) => step.name === 'format')?.use).toBe(TextFormattingStep);
    expect(GLUE_PIPELINE.find((step) => step.name === 'format')?.use).not.toBe(TextFormattingStep);
  });

  it('refuse an unknown step and a replacement that runs elsewhere', () => {
    expect(() => insertPipelineStep(GLUE_PIPELINE, { after: 'nope' }, auditStep)).toThrow(
      'The pipeline has no step "nope"',
    );
    expect(() => replacePipelineStep(GLUE_PIPELINE, 'format', auditStep)).toThrow(
      'Step "format" runs as result; its replacement "audit" as guard.',
    );
  });
});

@GlueResource({ type: 'things', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class ThingsController {
  @Get()
  @Public()
  list(): { type: string; id: string; attributes: object }[] {
    return [{ type: 'things', id: '1', attributes: {} }];
  }

  @Post()
  @Scopes('things:write')
  create(): null {
    return null;
  }

  @Post('echo')
  @Public()
  echo(@GlueAttributes() attributes: Record<string, unknown>): {
    type: string;
    id: string;
    attributes: object;
  } {
    return { type: 'things', id: '2', attributes };
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

async function start(pipeline: readonly GluePipelineStep[], adapter = true): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      GlueApplicationModule.forRoot({ name: 'spec', conventions: [NoneConvention], pipeline }),
      ThingsModule,
    ],
  }).compile();
  const app = adapter
    ? moduleRef.createNestApplication(new GlueExpressAdapter(), { bodyParser: false, logger: false })
    : moduleRef.createNestApplication({ logger: false });
  configureGlueApplication(app);
  try {
    await app.init();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

describe('an application with its own pipeline list', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const withAudit = insertPipelineStep(GLUE_PIPELINE, { after: 'authorize' }, auditStep);
    const withStamps = replacePipelineStep(withAudit, 'validate', {
      name: 'validate',
      runs: 'parameters',
      use: StampingPipe,
    });
    app = await start(
      replacePipelineStep(withStamps, 'format', { name: 'format', runs: 'result', use: TextFormattingStep }),
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs an added step at its place: after authorization, so a refused request never reaches it', async () => {
    AuditGuard.seen = [];
    await request(app.getHttpServer()).post('/things').set('Accept', 'application/json').expect(401);
    expect(AuditGuard.seen).toEqual([]);
    await request(app.getHttpServer()).get('/things').set('Accept', 'application/json').expect(200);
    expect(AuditGuard.seen).toEqual(['/things']);
  });

  it('formats with the replaced step, and keeps every other step (406, routing misses)', async () => {
    const response = await request(app.getHttpServer()).get('/things').set('Accept', 'application/json');
    expect(response.headers['content-type']).toBe('text/plain');
    expect(response.text).toBe('formatted [{"type":"things","id":"1","attributes":{}}]');
    expect(response.headers['x-request-id']).toBeDefined();
    await request(app.getHttpServer()).get('/things').set('Accept', 'text/html').expect(406);
    const miss = await request(app.getHttpServer()).delete('/things').set('Accept', 'application/json');
    expect(miss.status).toBe(405);
    expect(miss.headers['allow']).toBe('GET, HEAD, OPTIONS, POST');
  });

  it('hands @GlueAttributes() parameters to the replaced validate step', async () => {
    const response = await request(app.getHttpServer())
      .post('/things/echo')
      .set('Accept', 'application/json')
      .send({ name: 'x' })
      .expect(201);
    expect(response.text).toBe(
      'formatted {"type":"things","id":"2","attributes":{"name":"x","stamped":true}}',
    );
  });
});

describe('an application without GlueExpressAdapter', () => {
  it('refuses to start, and says how to create it', async () => {
    await expect(start(GLUE_PIPELINE, false)).rejects.toThrow(
      'A Glue application runs on GlueExpressAdapter',
    );
  });
});
