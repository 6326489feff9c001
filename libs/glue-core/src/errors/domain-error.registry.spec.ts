import { LoginBlockedError } from '../auth/login-blocker.js';
import { glueDomainErrors, GlueDomainErrorRegistry } from './domain-error.registry.js';
import { GlueHttpException } from './glue-http.exception.js';

enum ParcelErrorCode {
  PARCEL_NOT_FOUND = 'PARCEL_NOT_FOUND',
  TOO_HEAVY = 'TOO_HEAVY',
}

class ParcelException extends Error {
  constructor(
    readonly code: ParcelErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

class FragileParcelException extends ParcelException {}

const parcelErrors = glueDomainErrors(ParcelException, {
  [ParcelErrorCode.PARCEL_NOT_FOUND]: (error) => GlueHttpException.notFound(error.message),
  [ParcelErrorCode.TOO_HEAVY]: (error) =>
    GlueHttpException.unprocessable([
      { code: '9901', detail: error.message, source: { attribute: error.field ?? 'weight' } },
    ]),
});

describe('GlueDomainErrorRegistry', () => {
  const registry = new GlueDomainErrorRegistry([parcelErrors]);

  it('answers each code of a mapped error class as its table says, from the error itself', () => {
    expect(
      registry.toGlueException(new ParcelException(ParcelErrorCode.PARCEL_NOT_FOUND, 'No parcel 7.'))?.errors,
    ).toEqual([{ status: 404, code: '007', title: 'Resource not found', detail: 'No parcel 7.' }]);
    const heavy = new ParcelException(ParcelErrorCode.TOO_HEAVY, 'Over 30 kg.', 'items.0.weight');
    expect(registry.toGlueException(heavy)?.errors).toEqual([
      {
        status: 422,
        code: '9901',
        title: 'Invalid attribute',
        detail: 'Over 30 kg.',
        source: { attribute: 'items.0.weight' },
      },
    ]);
  });

  it('matches subclasses by instanceof', () => {
    const fragile = new FragileParcelException(ParcelErrorCode.PARCEL_NOT_FOUND, 'Gone.');
    expect(registry.toGlueException(fragile)?.status).toBe(404);
  });

  it('lets the first matching mapping answer, so an application can override a shared one', () => {
    const override = glueDomainErrors(ParcelException, {
      [ParcelErrorCode.PARCEL_NOT_FOUND]: (error) => GlueHttpException.conflict(error.message),
      [ParcelErrorCode.TOO_HEAVY]: (error) => GlueHttpException.conflict(error.message),
    });
    const overridden = new GlueDomainErrorRegistry([override, parcelErrors]);
    expect(
      overridden.toGlueException(new ParcelException(ParcelErrorCode.PARCEL_NOT_FOUND, 'x'))?.status,
    ).toBe(409);
  });

  it('lists the codes a mapping answers', () => {
    expect(parcelErrors.codes).toEqual(['PARCEL_NOT_FOUND', 'TOO_HEAVY']);
  });

  it("answers glue-core's LoginBlockedError with 429 and Retry-After, whatever the mappings", () => {
    const answer = new GlueDomainErrorRegistry().toGlueException(new LoginBlockedError(42));
    expect(answer?.status).toBe(429);
    expect(answer?.headers).toEqual({ 'Retry-After': '42' });
    expect(answer?.errors[0]?.code).toBe('4401');
  });

  it('leaves everything else to the error step: other errors, unknown codes, non-errors', () => {
    expect(registry.toGlueException(new Error('connection lost'))).toBeNull();
    expect(registry.toGlueException(new ParcelException('LOST' as ParcelErrorCode, 'x'))).toBeNull();
    expect(registry.toGlueException('PARCEL_NOT_FOUND')).toBeNull();
    expect(registry.toGlueException(null)).toBeNull();
  });
});
