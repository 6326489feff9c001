import { checkPasswordPolicy } from './password-policy.js';

const rules = (password: string, email?: string): string[] =>
  checkPasswordPolicy(password, email === undefined ? {} : { email }).map((violation) => violation.rule);

describe('checkPasswordPolicy', () => {
  it('accepts the demo password and other reasonable ones', () => {
    expect(checkPasswordPolicy('change123', { email: 'sonia@example.com' })).toEqual([]);
    expect(checkPasswordPolicy('change123', { email: 'admin@example.com' })).toEqual([]);
    expect(rules('Tr0ub4dor&3')).toEqual([]);
    expect(rules('körbchen7')).toEqual([]);
  });

  it('enforces 8 to 128 characters, counting characters rather than UTF-16 units', () => {
    expect(checkPasswordPolicy('abc1234', {})).toEqual([
      { rule: 'too-short', message: 'The password must be at least 8 characters long.' },
    ]);
    expect(rules('abcd1234'.repeat(16))).toEqual([]);
    expect(rules(`${'abcd1234'.repeat(16)}x`)).toEqual(['too-long']);
    expect(rules('😀😀😀😀a1b')).toEqual(['too-short']);
  });

  it('needs a letter and a digit', () => {
    expect(rules('abcdefghij')).toEqual(['needs-letter-and-digit']);
    expect(rules('9876543210')).toEqual(['needs-letter-and-digit']);
    expect(rules('!!!!!!!!')).toEqual(['needs-letter-and-digit']);
  });

  it("refuses the email's local part (case-insensitively, only when it has 3 or more characters)", () => {
    expect(rules('xxSonia2024', 'sonia@example.com')).toEqual(['contains-email']);
    expect(rules('JO1234567x', 'jo@example.com')).toEqual([]);
    expect(rules('xxsonia2024', '  Sonia@Example.com ')).toEqual(['contains-email']);
  });

  it('refuses common passwords whatever their case', () => {
    expect(rules('password1')).toEqual(['too-common']);
    expect(rules('Qwerty123')).toEqual(['too-common']);
    expect(rules('12345678')).toEqual(['needs-letter-and-digit', 'too-common']);
  });

  it('reports every broken rule with an English sentence', () => {
    const violations = checkPasswordPolicy('ab', {});
    expect(violations.map((violation) => violation.rule)).toEqual(['too-short', 'needs-letter-and-digit']);
    for (const violation of violations) {
      expect(violation.message).toMatch(/^The password .+\.$/);
    }
  });
});
