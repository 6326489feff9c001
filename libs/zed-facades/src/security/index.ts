/**
 * Security primitives shared by the account domains: argon2id password hashing and the password policy.
 * Import `SecurityModule` into a Nest module and inject `PasswordHasher` (or construct it directly).
 */
export { normalizeEmail } from './email.js';
export { PASSWORD_HASH_OPTIONS, PasswordHasher } from './password-hasher.js';
export {
  checkPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordPolicyContext,
  type PasswordPolicyRule,
  type PasswordPolicyViolation,
} from './password-policy.js';
export { SecurityModule } from './security.module.js';
