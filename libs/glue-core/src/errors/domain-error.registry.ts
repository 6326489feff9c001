import { LoginBlockedError, loginBlockedException } from '../auth/login-blocker.js';
import type { GlueHttpException } from './glue-http.exception.js';

/** A class of errors a domain throws; `instanceof` decides whether an error is one. */
export type GlueDomainErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** A domain error: an `Error` that carries one code of its domain's code enum. */
export type GlueCodedError = Error & { readonly code: string };

/**
 * What clients get for each code of one error class, built from the error itself (its message,
 * the field at fault). Keyed by every member of the code enum: a code added to the enum without an
 * answer here fails the type check.
 */
export type GlueDomainErrorAnswers<E extends GlueCodedError> = Readonly<
  Record<E['code'], (error: E) => GlueHttpException>
>;

/** One error class and its answers, as `glueDomainErrors` builds it. */
export interface GlueDomainErrorMapping {
  readonly errorClass: GlueDomainErrorClass<GlueCodedError>;
  /** The codes this mapping answers (for tests that prove it exhaustive). */
  readonly codes: readonly string[];
  /** The answer to an error of `errorClass`, or `null` for a code the mapping does not know. */
  answer(error: GlueCodedError): GlueHttpException | null;
}

/**
 * Maps one domain error class, code by code, to what clients see:
 * `glueDomainErrors(CustomerException, { [CustomerErrorCode.CUSTOMER_NOT_FOUND]: (error) => … })`.
 * Applications list their mappings in `GlueApplicationModule.forRoot({ domainErrors })`.
 */
export function glueDomainErrors<E extends GlueCodedError>(
  errorClass: GlueDomainErrorClass<E>,
  answers: GlueDomainErrorAnswers<E>,
): GlueDomainErrorMapping {
  const byCode = new Map<string, (error: E) => GlueHttpException>(
    Object.entries<(error: E) => GlueHttpException>(answers),
  );
  return {
    errorClass,
    codes: [...byCode.keys()],
    answer: (error) => byCode.get(error.code)?.(error as E) ?? null,
  };
}

/**
 * The one place an application turns the errors its facades throw into client errors: the error
 * step asks it before it falls back to a 500. Resources therefore just `await facade.call()`.
 *
 * The first mapping whose class the error is an instance of answers, so an application that must
 * answer an error differently from the shared list puts its own mapping first. glue-core's own
 * `LoginBlockedError`, which a facade lets through from a login blocker's attempt counter, is
 * always answered (429, `Retry-After`).
 */
export class GlueDomainErrorRegistry {
  constructor(private readonly mappings: readonly GlueDomainErrorMapping[] = []) {}

  /** The client error for `error`, or `null` when it is no domain error of this application. */
  toGlueException(error: unknown): GlueHttpException | null {
    if (!(error instanceof Error)) return null;
    if (error instanceof LoginBlockedError) return loginBlockedException(error);
    for (const mapping of this.mappings) {
      if (error instanceof mapping.errorClass) return mapping.answer(error);
    }
    return null;
  }
}
