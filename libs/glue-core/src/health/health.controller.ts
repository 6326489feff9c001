import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { sendReply } from '../http/glue-express.adapter.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { Undocumented } from '../openapi/api-description.decorators.js';
import { GlueHealth, type GlueHealthReport } from './glue-health.js';
import { GLUE_HEALTH_PATH } from './health-path.js';

/**
 * `GET /health/live` and `GET /health/ready` for load balancers and orchestrators: plain JSON in
 * terminus's shape (`{ status, info, error, details }`), outside every convention (no `Accept`
 * needed), public, never cached; 503 when not ready. A stopping application answers no probe:
 * it closes its listener first (`stopGlueApplication`), so a probe's connection is refused, which
 * takes it out of a load balancer's rotation as a 503 would.
 */
@Controller(GLUE_HEALTH_PATH.slice(1))
@Public()
@Undocumented()
export class HealthController {
  constructor(private readonly health: GlueHealth) {}

  @Get('live')
  async live(@Res() response: Response): Promise<void> {
    send(response, await this.health.live());
  }

  @Get('ready')
  async ready(@Res() response: Response): Promise<void> {
    send(response, await this.health.ready());
  }
}

function send(response: Response, report: GlueHealthReport): void {
  sendReply(
    response,
    GlueHttpReply.json(report.status, 'application/json', report.result, { 'Cache-Control': 'no-store' }),
  );
}
