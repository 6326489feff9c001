/**
 * The credentials of an API client (an ERP, a partner's system) that authenticates with a key in a
 * header, as the example API-key Passport strategy reads it (registered by an application as one of
 * its authentication servers).
 */
import { API_KEY_HEADER } from './api-key.strategy.js';

/**
 * The headers an API client sends with every request:
 * `request(partner.http).delete('/partner-offers/1').set(apiClientHeaders('partner-key'))`.
 * `header` names another header, for a strategy configured with one.
 */
export function apiClientHeaders(key: string, header: string = API_KEY_HEADER): Record<string, string> {
  return { [header]: key };
}
