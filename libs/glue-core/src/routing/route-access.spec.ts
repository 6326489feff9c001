import 'reflect-metadata';
import { Get, Header, Module, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Public, Scopes } from '../auth/auth.decorators.js';
import { routeAccess } from '../auth/route-access.js';
import { GlueApplicationModule } from '../application/glue-application.module.js';
import { NoneConvention } from '../convention/none.convention.js';
import { PublicCache } from '../http/cache-control.js';
import { GlueExpressAdapter } from '../http/glue-express.adapter.js';
import { GlueResource } from '../resource/glue-resource.decorator.js';

@GlueResource({ type: 'declared', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class DeclaredController {
  @Get()
  @Public()
  list(): null {
    return null;
  }

  @Post()
  @Scopes('declared:write')
  create(): null {
    return null;
  }
}

@GlueResource({ type: 'forgotten', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class ForgottenController {
  @Get()
  @Public()
  list(): null {
    return null;
  }

  @Post()
  create(): null {
    return null;
  }
}

@Scopes()
@GlueResource({ type: 'class-level', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class ClassLevelController {
  @Get()
  list(): null {
    return null;
  }
}

@GlueResource({ type: 'cached', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class CachedController {
  @Get()
  @Public()
  @PublicCache({ maxAgeSeconds: 30 })
  list(): null {
    return null;
  }
}

@GlueResource({ type: 'hand-cached', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class HandCachedController {
  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=60')
  list(): null {
    return null;
  }
}

@GlueResource({ type: 'cached-write', noun: { one: 'a thing', many: 'the things' }, conventions: ['none'] })
class CachedWriteController {
  @Post()
  @Public()
  @PublicCache()
  create(): null {
    return null;
  }
}

async function boot(...controllers: (new () => unknown)[]): Promise<void> {
  @Module({ controllers })
  class ResourcesModule {}
  const moduleRef = await Test.createTestingModule({
    imports: [
      GlueApplicationModule.forRoot({ name: 'spec', conventions: [NoneConvention] }),
      ResourcesModule,
    ],
  }).compile();
  const app = moduleRef.createNestApplication(new GlueExpressAdapter(), { logger: false });
  try {
    await app.init();
  } finally {
    await app.close();
  }
}

describe('route access declarations', () => {
  it('starts when every route declares @Public() or @Scopes(), on the route or its class', async () => {
    await expect(boot(DeclaredController, ClassLevelController)).resolves.toBeUndefined();
  });

  it('refuses to start when a route declares neither, and names it', async () => {
    await expect(boot(DeclaredController, ForgottenController)).rejects.toThrow(
      'these declare neither: ForgottenController.create',
    );
  });
});

describe('caching declarations', () => {
  it('starts with @PublicCache() on a GET route', async () => {
    await expect(boot(CachedController)).resolves.toBeUndefined();
  });

  it('refuses to start when a resource route sets Cache-Control itself or caches a write, and names it', async () => {
    await expect(boot(HandCachedController)).rejects.toThrow(
      "never with @Header('Cache-Control', …): HandCachedController.list",
    );
    await expect(boot(CachedWriteController)).rejects.toThrow('GET routes only');
  });
});

describe('routeAccess', () => {
  @Public()
  class MostlyOpen {
    @Get()
    read(): null {
      return null;
    }

    @Post()
    @Scopes('write')
    write(): null {
      return null;
    }
  }

  @Scopes('base')
  class Scoped {
    @Post()
    @Scopes('extra')
    write(): null {
      return null;
    }
  }

  it('lets a route’s own @Scopes() win over its class’s @Public()', () => {
    expect(routeAccess(MostlyOpen, MostlyOpen.prototype.read)).toEqual({
      declared: true,
      public: true,
      scopes: [],
    });
    expect(routeAccess(MostlyOpen, MostlyOpen.prototype.write)).toEqual({
      declared: true,
      public: false,
      scopes: ['write'],
    });
  });

  it('requires the class’s scopes and the route’s', () => {
    expect(routeAccess(Scoped, Scoped.prototype.write)).toEqual({
      declared: true,
      public: false,
      scopes: ['base', 'extra'],
    });
  });
});

describe('resource conventions', () => {
  @GlueResource({ type: 'misspelt', noun: { one: 'a thing', many: 'the things' }, conventions: ['json-apj'] })
  class MisspeltController {
    @Get()
    @Public()
    list(): null {
      return null;
    }
  }

  it('refuses to start when a resource names a convention the application does not register', async () => {
    await expect(boot(MisspeltController)).rejects.toThrow(
      'Resource "misspelt" serves convention "json-apj", which the application does not register.',
    );
  });
});
