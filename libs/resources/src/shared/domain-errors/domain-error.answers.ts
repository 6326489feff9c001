import { GlueHttpException } from '#glue-core';
import type { PasswordPolicyViolation } from '#zed-facades/security';

/** A 422 for one attribute (`source.attribute`, a path into the request attributes). */
export function invalidAttribute(detail: string, code: string, attribute: string): GlueHttpException {
  return GlueHttpException.unprocessable([{ code, detail, source: { attribute } }]);
}

/** A broken password policy: one 422 on `password` per broken rule (the message when none is named). */
export function passwordPolicyViolated(
  error: Error & { readonly violations: readonly PasswordPolicyViolation[] },
  code: string,
): GlueHttpException {
  const violations = error.violations.length > 0 ? error.violations : [{ message: error.message }];
  return GlueHttpException.unprocessable(
    violations.map((violation) => ({ code, detail: violation.message, source: { attribute: 'password' } })),
  );
}
