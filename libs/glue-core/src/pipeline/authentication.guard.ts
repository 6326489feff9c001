import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import {
  GLUE_AUTHENTICATION_SERVERS,
  type GlueAuthenticationServer,
} from '../auth/glue-authentication-server.js';
import { getRequestContext } from '../context/request-context.js';

/**
 * Step 3: authentication. The first of the application's servers that applies to the request
 * resolves the caller; no server, or no credentials, leaves the caller anonymous (step 4 decides
 * whether that is enough). Invalid credentials are a 401 from the server.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    @Inject(GLUE_AUTHENTICATION_SERVERS) private readonly servers: readonly GlueAuthenticationServer[],
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const request = execution.switchToHttp().getRequest<Request>();
    const server = this.servers.find((candidate) => candidate.appliesTo(request));
    if (server) getRequestContext(request).identity = await server.authenticate(request);
    return true;
  }
}
