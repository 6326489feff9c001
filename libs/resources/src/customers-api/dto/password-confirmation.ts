import { CustomersApiErrorCode, invalidAttribute } from '#resources/shared/domain-errors';

/**
 * `confirmPassword` must repeat `password` when either is sent: otherwise 422 with Glue's code `406` and
 * wording on `confirmPassword` (Glue answers 400). Checked after validation, so the registry's one
 * 422 code per failing attribute stays the validation step's; the facade never sees the confirmation.
 */
export function assertPasswordConfirmed(attributes: {
  readonly password?: string;
  readonly confirmPassword?: string;
}): void {
  if (attributes.password === undefined && attributes.confirmPassword === undefined) return;
  if (attributes.confirmPassword !== attributes.password) {
    throw invalidAttribute(
      'Value in field confirmPassword should be identical to value in the password field.',
      CustomersApiErrorCode.PasswordsDoNotMatch,
      'confirmPassword',
    );
  }
}
