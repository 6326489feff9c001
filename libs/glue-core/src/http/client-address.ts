import { normalizeIp } from '@nestjs/throttler';
import type { Request } from 'express';

/**
 * The caller's address as the request saw it: the peer address, or the address `X-Forwarded-For`
 * names through the trusted proxies (`TRUST_PROXY`). What the audit log records, as it is.
 */
export function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/**
 * A client address as every counter of glue-core counts it (rate limits, login blocker): an IPv6
 * address by its /64, which one client holds whole, an IPv4-mapped IPv6 address as its IPv4 address
 * (`@nestjs/throttler`'s `normalizeIp`). Counting raw IPv6 addresses would let a client escape a limit
 * by rotating through the addresses of its own /64.
 */
export function countedClientAddress(address: string): string {
  return normalizeIp(address);
}
