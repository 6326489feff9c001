import { Injectable } from '@nestjs/common';
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

// `Algorithm` is a const enum (erased under isolatedModules): its Argon2id member is 2.
const ARGON2ID: Algorithm = 2;

/** OWASP's minimum argon2id configuration: 19 MiB, two passes, one lane. */
export const PASSWORD_HASH_OPTIONS: Readonly<Options> = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

// An argon2id hash (same parameters as above) of a random password nobody knows. Verifying against it
// costs what verifying a real account's hash costs.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$T7Csjh7l0W/Cm4t3KskzdQ$3bb4yF65v94uTvc4T8ImemiFP8vLm5J2kGBND1YLW1Y';

/**
 * Hashes and verifies passwords with argon2id. Stateless: inject it, or `new PasswordHasher()` outside Nest.
 */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, PASSWORD_HASH_OPTIONS);
  }

  /** Whether `password` matches `passwordHash`; false (never an error) for a malformed hash. */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time a real verification would and answers false: call it when the account is unknown, so
   * that response times do not tell which accounts exist.
   */
  async verifyAgainstDummy(password: string): Promise<false> {
    await this.verify(DUMMY_HASH, password);
    return false;
  }

  /** Whether a (valid) hash was made with other parameters than today's, so it should be replaced. */
  needsRehash(passwordHash: string): boolean {
    try {
      const options = parseOptions(passwordHash);
      return (
        options.algorithm !== PASSWORD_HASH_OPTIONS.algorithm ||
        options.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
        options.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
        options.parallelism !== PASSWORD_HASH_OPTIONS.parallelism
      );
    } catch {
      return false;
    }
  }
}
