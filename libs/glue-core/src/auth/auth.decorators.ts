import { SetMetadata } from '@nestjs/common';

export const GLUE_PUBLIC_METADATA = 'glue:public';
export const GLUE_SCOPES_METADATA = 'glue:scopes';

/** The route needs no credentials. Routes are protected unless they say this. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(GLUE_PUBLIC_METADATA, true);

/**
 * The caller's token must carry every one of these scopes; otherwise 403. `@Scopes()` without any:
 * any authenticated caller. Every route declares this or `@Public()`, or the application refuses to
 * start.
 */
export const Scopes = (...scopes: string[]): MethodDecorator & ClassDecorator =>
  SetMetadata(GLUE_SCOPES_METADATA, scopes);
