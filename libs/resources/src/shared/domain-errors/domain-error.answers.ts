import { GlueHttpException } from '#glue-core';
import type { PasswordPolicyRule, PasswordPolicyViolation } from '#zed-facades/security';

/** A 404 with a resource's own code (Glue's `402` customer not found, …) rather than `007`. */
export function notFoundWithCode(detail: string, code: string): GlueHttpException {
  return GlueHttpException.of({ status: 404, code, title: 'Resource not found', detail });
}

/** A 422 for one attribute (`source.attribute`, a path into the request attributes). */
export function invalidAttribute(detail: string, code: string, attribute: string): GlueHttpException {
  return GlueHttpException.unprocessable([{ code, detail, source: { attribute } }]);
}

/**
 * A broken password policy: one 422 on `password` per broken rule (the message when none is named).
 * `code` is one code for every rule, or the code of each rule (of none: `undefined`).
 */
export function passwordPolicyViolated(
  error: Error & { readonly violations: readonly PasswordPolicyViolation[] },
  code: string | ((rule: PasswordPolicyRule | undefined) => string),
): GlueHttpException {
  const violations: readonly { readonly rule?: PasswordPolicyRule; readonly message: string }[] =
    error.violations.length > 0 ? error.violations : [{ message: error.message }];
  const codeOf = typeof code === 'string' ? () => code : code;
  return GlueHttpException.unprocessable(
    violations.map((violation) => ({
      code: codeOf(violation.rule),
      detail: violation.message,
      source: { attribute: 'password' },
    })),
  );
}
