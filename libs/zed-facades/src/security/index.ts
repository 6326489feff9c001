/**
 * Security primitives shared by the account domains: argon2id password hashing and the password policy.
 * Import `SecurityModule` into a Nest module and inject `PasswordHasher` (or construct it directly).
 */
export { normalizeEmail } from './email.js';
export { PasswordHasher } from './password-hasher.js';
export {
  enforcePasswordPolicy,
  PASSWORD_MAX_LENGTH,
  type PasswordPolicyRule,
  type PasswordPolicyViolation,
} from './password-policy.js';
export { SecurityModule } from './security.module.js';
