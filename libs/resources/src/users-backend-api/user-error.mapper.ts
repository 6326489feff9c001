import { GlueHttpException } from '#glue-core';
import { UserErrorCode, UserException } from '#zed-facades/user';

/** Error codes of the backend `users` resource, stable for clients. */
export const UsersBackendApiErrorCode = {
  NotFound: '007',
  EmailAlreadyUsed: '1201',
  PasswordPolicy: '1202',
  RolesRequired: '1203',
  InvalidRole: '1204',
  LastAdmin: '1205',
} as const;

/**
 * Rethrows a user facade error as its HTTP error, anything else as it is:
 * `facade.call(…).catch(throwAsGlueError)`.
 */
export function throwAsGlueError(error: unknown): never {
  throw toGlueException(error);
}

/** The one place user domain errors become HTTP errors; exhaustive over `UserErrorCode`. */
function toGlueException(error: unknown): unknown {
  if (!(error instanceof UserException)) return error;
  switch (error.code) {
    case UserErrorCode.USER_NOT_FOUND:
      return GlueHttpException.notFound(error.message);
    case UserErrorCode.EMAIL_ALREADY_USED:
      return unprocessable(error, UsersBackendApiErrorCode.EmailAlreadyUsed, 'email');
    case UserErrorCode.PASSWORD_POLICY:
      return GlueHttpException.unprocessable(
        (error.violations.length > 0 ? error.violations : [{ message: error.message }]).map((violation) => ({
          code: UsersBackendApiErrorCode.PasswordPolicy,
          detail: violation.message,
          source: { attribute: 'password' },
        })),
      );
    case UserErrorCode.ROLES_REQUIRED:
      return unprocessable(error, UsersBackendApiErrorCode.RolesRequired, 'roles');
    case UserErrorCode.INVALID_ROLE:
      return unprocessable(error, UsersBackendApiErrorCode.InvalidRole, 'roles');
    case UserErrorCode.LAST_ADMIN:
      return GlueHttpException.conflict(
        error.message,
        { attribute: error.field ?? 'roles' },
        UsersBackendApiErrorCode.LastAdmin,
      );
  }
}

function unprocessable(error: UserException, code: string, attribute: string): GlueHttpException {
  return GlueHttpException.unprocessable([
    { code, detail: error.message, source: { attribute: error.field ?? attribute } },
  ]);
}
