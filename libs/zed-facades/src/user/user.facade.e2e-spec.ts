import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule, DEMO_ACCOUNTS } from '#zed-facades/database';
import { rejectionOf } from '../../../../test/support/rejection.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { OAuthFacade, SessionWriter } from '#zed-facades/oauth';
import { UserErrorCode, UserException } from './user.exception.js';
import { UserFacade } from './user.facade.js';
import { UserModule } from './user.module.js';
import type { UserCreateInput } from './transfer/user.transfer.js';

const newUser = (email: string, overrides: Partial<UserCreateInput> = {}): UserCreateInput => ({
  email,
  password: 'catalog42x',
  firstName: 'Carla',
  lastName: 'Catalog',
  roles: ['catalog-manager'],
  ...overrides,
});

describe('UserFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: UserFacade;

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), UserModule],
    }).compile();
    facade = moduleRef.get(UserFacade);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('knows the seeded demo admin, whose password is change123', async () => {
    const user = await facade.verifyCredentials('ADMIN@example.com ', DEMO_ACCOUNTS.backOffice.password);
    expect(user).toEqual(
      expect.objectContaining({
        email: 'admin@example.com',
        firstName: 'Admin',
        lastName: 'Example',
        roles: ['admin'],
        isActive: true,
      }),
    );
    expect(user?.lastLoginAt).toBeInstanceOf(Date);
    expect(user).not.toHaveProperty('passwordHash');
  });

  it('creates a user with a lower-cased email and canonical roles, and finds it again', async () => {
    const created = await facade.createUser(
      newUser('  Carla@Example.COM ', { roles: ['support', 'catalog-manager', 'support'] }),
    );
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: 'carla@example.com',
      firstName: 'Carla',
      lastName: 'Catalog',
      roles: ['catalog-manager', 'support'],
      isActive: true,
      lastLoginAt: null,
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
    });
    expect(await facade.findUserById(created.id)).toEqual(created);
    expect(await facade.findActiveUserByEmail('CARLA@example.com')).toEqual(created);
    expect(await facade.findUserById('not-a-uuid')).toBeNull();
    expect(await facade.findUserById('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('refuses an email already used, whatever its case, on create and on update', async () => {
    const error = await rejectionOf(facade.createUser(newUser('CARLA@example.com')), UserException);
    expect(error).toMatchObject({ code: UserErrorCode.EMAIL_ALREADY_USED, field: 'email' });

    const other = await facade.createUser(newUser('otto@example.com'));
    const updateError = await rejectionOf(
      facade.updateUser(other.id, { email: 'Carla@Example.com' }),
      UserException,
    );
    expect(updateError.code).toBe(UserErrorCode.EMAIL_ALREADY_USED);
  });

  it('applies the password policy and validates roles', async () => {
    const policy = await rejectionOf(
      facade.createUser(newUser('shorty@example.com', { password: 'weak' })),
      UserException,
    );
    expect(policy).toMatchObject({ code: UserErrorCode.PASSWORD_POLICY, field: 'password' });
    expect(policy.violations.map((violation) => violation.rule)).toEqual([
      'too-short',
      'needs-letter-and-digit',
    ]);
    const mailLike = await rejectionOf(
      facade.createUser(newUser('mallory@example.com', { password: 'mallory123' })),
      UserException,
    );
    expect(mailLike.violations.map((violation) => violation.rule)).toEqual(['contains-email']);

    const noRoles = await rejectionOf(
      facade.createUser(newUser('roleless@example.com', { roles: [] })),
      UserException,
    );
    expect(noRoles).toMatchObject({ code: UserErrorCode.ROLES_REQUIRED, field: 'roles' });
    const unknownRole = await rejectionOf(
      facade.createUser(newUser('root@example.com', { roles: ['support', 'root' as never] })),
      UserException,
    );
    expect(unknownRole).toMatchObject({ code: UserErrorCode.INVALID_ROLE, field: 'roles.1' });
    expect(await facade.findActiveUserByEmail('shorty@example.com')).toBeNull();
  });

  it('verifies credentials: right password, wrong password, unknown email, inactive user', async () => {
    const user = await facade.createUser(newUser('vera@example.com'));
    const verified = await facade.verifyCredentials('Vera@example.com', 'catalog42x');
    expect(verified?.id).toBe(user.id);
    expect(verified?.lastLoginAt).toBeInstanceOf(Date);
    expect((await facade.findUserById(user.id))?.lastLoginAt).toEqual(verified?.lastLoginAt);

    expect(await facade.verifyCredentials('vera@example.com', 'catalog42y')).toBeNull();
    expect(await facade.verifyCredentials('nobody@example.com', 'catalog42x')).toBeNull();

    const deactivated = await facade.deactivateUser(user.id);
    expect(deactivated.isActive).toBe(false);
    expect(await facade.deactivateUser(user.id)).toEqual(expect.objectContaining({ isActive: false }));
    expect(await facade.verifyCredentials('vera@example.com', 'catalog42x')).toBeNull();
    expect(await facade.findActiveUserById(user.id)).toBeNull();
    expect(await facade.findActiveUserByEmail('vera@example.com')).toBeNull();
    expect(await facade.findUserById(user.id)).toEqual(expect.objectContaining({ isActive: false }));
  });

  it('replaces a hash made with outdated argon2 parameters on the next successful login', async () => {
    const user = await facade.createUser(newUser('rehash@example.com'));
    const { hash } = await import('@node-rs/argon2');
    const dataSource = moduleRef.get(DataSource);
    await dataSource.query('UPDATE back_office_user SET password_hash = $2 WHERE id = $1', [
      user.id,
      await hash('catalog42x', { memoryCost: 4096, timeCost: 1, parallelism: 1 }),
    ]);
    expect(await facade.verifyCredentials('rehash@example.com', 'catalog42x')).not.toBeNull();
    const [row] = await dataSource.query<{ password_hash: string }[]>(
      'SELECT password_hash FROM back_office_user WHERE id = $1',
      [user.id],
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await facade.verifyCredentials('rehash@example.com', 'catalog42x')).not.toBeNull();
  });

  it('updates names, roles and the password', async () => {
    const user = await facade.createUser(newUser('ulla@example.com'));
    // Timestamps come back with millisecond precision: let the clock move past the creation's millisecond.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await facade.updateUser(user.id, {
      firstName: 'Ulla',
      roles: ['order-manager'],
      password: 'newsecret9',
    });
    expect(updated).toEqual(
      expect.objectContaining({ firstName: 'Ulla', lastName: 'Catalog', roles: ['order-manager'] }),
    );
    expect(updated.updatedAt.getTime()).toBeGreaterThan(user.updatedAt.getTime());
    // The transfer the update returns is what a fresh read sees.
    expect(await facade.findUserById(user.id)).toEqual(updated);
    expect(await facade.verifyCredentials('ulla@example.com', 'catalog42x')).toBeNull();
    expect(await facade.verifyCredentials('ulla@example.com', 'newsecret9')).not.toBeNull();

    const missing = await rejectionOf(
      facade.updateUser('00000000-0000-4000-8000-000000000000', {}),
      UserException,
    );
    expect(missing.code).toBe(UserErrorCode.USER_NOT_FOUND);
    expect((await rejectionOf(facade.deactivateUser('nope'), UserException)).code).toBe(
      UserErrorCode.USER_NOT_FOUND,
    );
  });

  it('never leaves the back office without an active admin', async () => {
    const demoAdmin = await facade.findActiveUserByEmail(DEMO_ACCOUNTS.backOffice.email);
    if (!demoAdmin) throw new Error('demo admin missing');

    expect(await rejectionOf(facade.deactivateUser(demoAdmin.id), UserException)).toMatchObject({
      code: UserErrorCode.LAST_ADMIN,
    });
    expect(
      await rejectionOf(facade.updateUser(demoAdmin.id, { roles: ['support'] }), UserException),
    ).toMatchObject({
      code: UserErrorCode.LAST_ADMIN,
      field: 'roles',
    });
    // Other changes to the last admin are fine.
    expect(await facade.updateUser(demoAdmin.id, { roles: ['admin', 'support'] })).toEqual(
      expect.objectContaining({ roles: ['admin', 'support'] }),
    );

    const second = await facade.createUser(newUser('second-admin@example.com', { roles: ['admin'] }));
    // Two admins removing each other at the same time: exactly one succeeds.
    const results = await Promise.allSettled([
      facade.deactivateUser(demoAdmin.id),
      facade.deactivateUser(second.id),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((result) => result.status === 'rejected');
    expect((failure?.reason as UserException).code).toBe(UserErrorCode.LAST_ADMIN);

    const page = await facade.getUserPage({
      offset: 0,
      limit: 10,
      sort: [],
      filter: { role: 'admin', isActive: true },
    });
    expect(page.total).toBe(1);
  });

  it('pages, filters and sorts users', async () => {
    const everyone = await facade.getUserPage({ offset: 0, limit: 100, sort: [], filter: {} });
    expect(everyone.total).toBe(everyone.items.length);

    const byEmail = await facade.getUserPage({
      offset: 1,
      limit: 2,
      sort: [{ field: 'email', direction: 'desc' }],
      filter: {},
    });
    const emails = everyone.items
      .map((user) => user.email)
      .sort()
      .reverse();
    expect(byEmail.items.map((user) => user.email)).toEqual(emails.slice(1, 3));
    expect(byEmail.total).toBe(everyone.total);

    const filtered = await facade.getUserPage({
      offset: 0,
      limit: 10,
      sort: [{ field: 'lastName', direction: 'asc' }],
      filter: { email: 'ARLA@EXAMPLE', isActive: true },
    });
    expect(filtered.items.map((user) => user.email)).toEqual(['carla@example.com']);
    // LIKE wildcards in the filter are taken literally.
    const wildcard = await facade.getUserPage({ offset: 0, limit: 10, sort: [], filter: { email: '%' } });
    expect(wildcard.total).toBe(0);

    const byCreation = await facade.getUserPage({
      offset: 0,
      limit: 100,
      sort: [{ field: 'createdAt', direction: 'asc' }],
      filter: {},
    });
    const times = byCreation.items.map((user) => user.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('revokes the sessions of a user, in every application, when a change takes access away', async () => {
    const oauth = moduleRef.get(OAuthFacade, { strict: false });
    const user = await facade.createUser(newUser('sessions@example.com', { roles: ['catalog-manager'] }));
    const login = async (application = 'backend'): Promise<string> =>
      (await oauth.issueRefreshToken({ application, kind: 'user', id: user.id }, 3600)).sessionId;
    const active = (sessionId: string): Promise<boolean> => oauth.isSessionActive(sessionId);

    const kept = await login();
    const elsewhere = await login('partner');
    await facade.updateUser(user.id, { lastName: 'Renamed', email: 'sessions2@example.com' });
    await facade.updateUser(user.id, { roles: ['catalog-manager', 'support'] });
    expect(await active(kept)).toBe(true);

    // A new password: every session but the one making the change.
    await facade.updateUser(user.id, { password: 'catalog43x' }, kept);
    expect(await active(kept)).toBe(true);
    expect(await active(elsewhere)).toBe(false);

    // A role taken away: every session.
    await facade.updateUser(user.id, { roles: ['support'] }, kept);
    expect(await active(kept)).toBe(false);

    const again = await login();
    await facade.deactivateUser(user.id);
    expect(await active(again)).toBe(false);
  });

  it('revokes nothing when the change is refused, even when it fails after its revocation ran', async () => {
    const oauth = moduleRef.get(OAuthFacade, { strict: false });
    const sessionWriter = moduleRef.get(SessionWriter, { strict: false });
    const user = await facade.createUser(
      newUser('refused.change@example.com', { roles: ['catalog-manager', 'support'] }),
    );
    const session = (
      await oauth.issueRefreshToken({ application: 'backend', kind: 'user', id: user.id }, 3600)
    ).sessionId;
    await rejectionOf(facade.updateUser(user.id, { isActive: false, password: 'x' }), UserException);
    const taken = await rejectionOf(
      facade.updateUser(user.id, { roles: ['support'], email: DEMO_ACCOUNTS.backOffice.email }),
      UserException,
    );
    expect(taken.code).toBe(UserErrorCode.EMAIL_ALREADY_USED);
    expect(await oauth.isSessionActive(session)).toBe(true);

    // Both refusals above come before the revocation statement. This change fails after it: a revocation
    // outside the change's transaction (or after its commit) would stay.
    const revokeAccountSessions = sessionWriter.revokeAccountSessions.bind(sessionWriter);
    sessionWriter.revokeAccountSessions = async (...args) => {
      await revokeAccountSessions(...args);
      throw new Error('the change failed after the revocation');
    };
    try {
      await expect(facade.updateUser(user.id, { roles: ['support'] })).rejects.toThrow(
        'the change failed after the revocation',
      );
    } finally {
      sessionWriter.revokeAccountSessions = revokeAccountSessions;
    }
    expect(await oauth.isSessionActive(session)).toBe(true);
    expect((await facade.findUserById(user.id))?.roles).toEqual(['catalog-manager', 'support']);
  });
});
