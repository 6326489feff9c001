import type { Strategy } from 'passport';

/**
 * An authentication server is a Passport strategy (`passport-strategy`'s `Strategy`, a
 * `PassportStrategy(…)` of `@nestjs/passport`, or any object Passport accepts). An application lists
 * its servers in order; step 3 runs them as one Passport chain (`AuthenticationGuard`):
 *
 * - `success(identity)`: the caller is that `GlueIdentity`;
 * - `fail(…)` / `pass()`: the credentials are not this strategy's: the next one is tried, and after
 *   the last the caller is anonymous (a token nobody claimed in `Authorization` is still a 401);
 * - `error(new InvalidAccessTokenError(detail))` (a `validate` that throws it, or Nest's
 *   `UnauthorizedException`): the credentials are this strategy's and refused: 401 code `001`, and
 *   no later strategy is asked. Any other error is the server's (500).
 */
export type GlueAuthenticationServer = Strategy;

/**
 * Injection token of an application's servers, in order. `GlueApplicationModule.forRoot` provides
 * it from the `authenticationServers` tokens, which modules in its `imports` provide.
 */
export const GLUE_AUTHENTICATION_SERVERS = Symbol('GLUE_AUTHENTICATION_SERVERS');
