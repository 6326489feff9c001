import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { MailFacade } from './mail.facade.js';
import { MailModule } from './mail.module.js';

describe('MailFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: MailFacade;

  beforeAll(async () => {
    database = await createSpecDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), MailModule],
    }).compile();
    facade = moduleRef.get(MailFacade);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('queues mails and lists them per recipient, oldest first', async () => {
    await facade.queueMail({ type: 'first', recipient: 'a@example.com', payload: { name: 'A', count: 1 } });
    await facade.queueMail({ type: 'other', recipient: 'b@example.com', payload: {} });
    await facade.queueMail({
      type: 'second',
      recipient: 'a@example.com',
      payload: { flag: true, none: null },
    });
    expect(await facade.getQueuedMails('a@example.com')).toEqual([
      {
        id: expect.stringMatching(/^\d+$/),
        type: 'first',
        recipient: 'a@example.com',
        payload: { name: 'A', count: 1 },
        createdAt: expect.any(Date),
      },
      expect.objectContaining({ type: 'second', payload: { flag: true, none: null } }),
    ]);
  });

  it('queues a mail only if the transaction it was queued in commits', async () => {
    await expect(
      moduleRef.get(DataSource).transaction(async (manager) => {
        await facade.queueMail({ type: 'lost', recipient: 'c@example.com', payload: {} }, manager);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await facade.getQueuedMails('c@example.com')).toEqual([]);
  });
});
