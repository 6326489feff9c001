import 'reflect-metadata';
import { Get, Injectable, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Type } from '@sinclair/typebox';
import request from 'supertest';
import { configureGlueApplication } from '../application/create-glue-application.js';
import { GlueApplicationModule } from '../application/glue-application.module.js';
import { Public } from '../auth/auth.decorators.js';
import { NoneConvention } from '../convention/none.convention.js';
import { GlueExpressAdapter } from '../http/glue-express.adapter.js';
import { GlueRelationship, type GlueRelatedResources } from '../relationship/glue-relationship.js';
import { GlueResource } from '../resource/glue-resource.decorator.js';

/** Declares its attributes; `parts` is its relationship to a type no route serves. */
@GlueResource({
  type: 'declared',
  noun: { one: 'a thing', many: 'the things' },
  attributes: Type.Object({ name: Type.String() }),
  conventions: ['none'],
})
class DeclaredController {
  @Get()
  @Public()
  list(): [] {
    return [];
  }
}

/** Served, but without an attribute declaration. */
@GlueResource({ type: 'undeclared', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class UndeclaredController {
  @Get()
  @Public()
  list(): [] {
    return [];
  }
}

@Injectable()
@GlueRelationship({ parentType: 'declared', relatedType: 'parts' })
class DeclaredPartsRelationship {
  load(): Promise<GlueRelatedResources> {
    return Promise.resolve(new Map());
  }
}

@Module({ controllers: [DeclaredController, UndeclaredController], providers: [DeclaredPartsRelationship] })
class SpecResourcesModule {}

/**
 * The sparse fieldset check on types the HTTP tests of the real applications no longer reach
 * (every resource there declares its attributes, and every related type has a route).
 */
describe('RequestParsingGuard: sparse fieldsets', () => {
  let app: INestApplication;
  const get = (path: string) => request(app.getHttpServer()).get(path).set('Accept', 'application/json');

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        GlueApplicationModule.forRoot({ name: 'spec', conventions: [NoneConvention] }),
        SpecResourcesModule,
      ],
    }).compile();
    app = moduleRef.createNestApplication(new GlueExpressAdapter(), { bodyParser: false, logger: false });
    configureGlueApplication(app);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes attribute and relationship names of a declared type, and nothing else', async () => {
    await get('/declared?fields[declared]=name,parts').expect(200);
    const response = await get('/declared?fields[declared]=name,nope').expect(400);
    expect(response.body).toMatchObject({
      errors: [
        {
          code: '4001',
          source: { parameter: 'fields[declared]' },
          detail: '"nope" is not a field of declared. Fields: name, parts.',
        },
      ],
    });
  });

  it('takes any field of a type served without an attribute declaration', async () => {
    await get('/declared?fields[undeclared]=anything,at-all').expect(200);
  });

  it('knows a type that is only the target of a relationship', async () => {
    await get('/declared?fields[parts]=anything').expect(200);
    const response = await get('/declared?fields[wheels]=x').expect(400);
    expect(response.body).toMatchObject({
      errors: [{ code: '4001', source: { parameter: 'fields[wheels]' } }],
    });
  });
});
