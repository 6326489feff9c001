import { glueDomainErrors, GlueHttpException } from '#glue-core';
import { UserErrorCode, UserException } from '#zed-facades/user';
import { invalidAttribute, passwordPolicyViolated } from './domain-error.answers.js';

/** Error codes of the backend `users` resource, stable for clients. */
export const UsersBackendApiErrorCode = {
  NotFound: '007',
  EmailAlreadyUsed: '1201',
  PasswordPolicy: '1202',
  RolesRequired: '1203',
  InvalidRole: '1204',
  LastAdmin: '1205',
} as const;

/** Back-office user domain errors as the backend's `users` answers them (`field` names the attribute). */
export const USER_ERRORS = glueDomainErrors(UserException, {
  [UserErrorCode.USER_NOT_FOUND]: (error) => GlueHttpException.notFound(error.message),
  [UserErrorCode.EMAIL_ALREADY_USED]: (error) =>
    invalidAttribute(error.message, UsersBackendApiErrorCode.EmailAlreadyUsed, error.field ?? 'email'),
  [UserErrorCode.PASSWORD_POLICY]: (error) =>
    passwordPolicyViolated(error, UsersBackendApiErrorCode.PasswordPolicy),
  [UserErrorCode.ROLES_REQUIRED]: (error) =>
    invalidAttribute(error.message, UsersBackendApiErrorCode.RolesRequired, error.field ?? 'roles'),
  [UserErrorCode.INVALID_ROLE]: (error) =>
    invalidAttribute(error.message, UsersBackendApiErrorCode.InvalidRole, error.field ?? 'roles'),
  [UserErrorCode.LAST_ADMIN]: (error) =>
    GlueHttpException.conflict(
      error.message,
      { attribute: error.field ?? 'roles' },
      UsersBackendApiErrorCode.LastAdmin,
    ),
});
