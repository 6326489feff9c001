import { normalizeEmail } from './email.js';

export type PasswordPolicyRule =
  'too-short' | 'too-long' | 'needs-letter-and-digit' | 'contains-email' | 'too-common';

export interface PasswordPolicyViolation {
  readonly rule: PasswordPolicyRule;
  readonly message: string;
}

export interface PasswordPolicyContext {
  /** The account's email: a password containing its local part is refused. */
  readonly email?: string;
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// The most frequent leaked passwords that would otherwise satisfy the rules above (compared lower-cased).
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'p4ssw0rd',
  '12345678',
  '123456789',
  '1234567890',
  '12345678a',
  'qwerty123',
  'qwertz123',
  'qwerty12',
  '1q2w3e4r',
  '1qaz2wsx',
  'zaq12wsx',
  'abc12345',
  'abcd1234',
  'a1b2c3d4',
  'admin123',
  'letmein1',
  'welcome1',
  'welcome123',
  'iloveyou1',
  'trustno1',
  'monkey123',
  'dragon123',
  'football1',
  'sunshine1',
  'changeme1',
]);

/** The rules `password` breaks (empty when it is acceptable), in a stable order. */
export function checkPasswordPolicy(
  password: string,
  context: PasswordPolicyContext = {},
): PasswordPolicyViolation[] {
  const violations: PasswordPolicyViolation[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    violations.push({
      rule: 'too-short',
      message: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
    });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    violations.push({
      rule: 'too-long',
      message: `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
    });
  }
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    violations.push({
      rule: 'needs-letter-and-digit',
      message: 'The password must contain at least one letter and one digit.',
    });
  }
  const localPart = normalizeEmail(context.email ?? '').split('@')[0] ?? '';
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) {
    violations.push({
      rule: 'contains-email',
      message: 'The password must not contain the name of the email address.',
    });
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    violations.push({
      rule: 'too-common',
      message: 'The password is too common; choose one that is harder to guess.',
    });
  }
  return violations;
}

/**
 * Throws the error `toError` makes of the rules `password` breaks (their messages joined by spaces); returns
 * when the password is acceptable. Each account domain passes its own PASSWORD_POLICY exception.
 */
export function enforcePasswordPolicy(
  password: string,
  context: PasswordPolicyContext,
  toError: (message: string, violations: readonly PasswordPolicyViolation[]) => Error,
): void {
  const violations = checkPasswordPolicy(password, context);
  if (violations.length > 0) {
    throw toError(violations.map((violation) => violation.message).join(' '), violations);
  }
}
