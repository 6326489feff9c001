import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { SessionRevocationReason, SessionWriter } from '#zed-facades/oauth';
import { NOW } from '#zed-facades/persistence-support';
import { CustomerAddressEntity } from '../persistence/customer-address.entity.js';
import { CustomerEntity } from '../persistence/customer.entity.js';
import { CUSTOMER_SESSION_KIND } from '../transfer/customer.transfer.js';
import { customerNotFound } from './customer-input.validator.js';

/** The domain of the addresses anonymized customers get: `.invalid` is reserved (RFC 2606), never mailed. */
const ANONYMIZED_EMAIL_DOMAIN = 'anonymized.invalid';

/**
 * Account deletion (Glue's `DELETE /customers/{ref}`), as Spryker does it: the customer is anonymized,
 * not deleted. Its row, id and reference stay, so whatever refers to the customer (orders, once they
 * exist, keep their own copy of names and addresses) stays intact; its personal data goes.
 */
@Injectable()
export class CustomerAnonymizer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessionWriter: SessionWriter,
  ) {}

  /**
   * In one transaction: the addresses deleted; email, names, salutation, gender, date of birth and the
   * password wiped (the email replaced by a unique placeholder, the password hash by a value no password
   * matches); every session revoked (its refresh tokens stop working, its access tokens at the next
   * request). From then on no read, login or write finds the customer. CUSTOMER_NOT_FOUND for an unknown
   * or already anonymized customer.
   */
  anonymize(customerReference: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const customer = await manager.findOne(CustomerEntity, {
        select: { idCustomer: true },
        where: { customerReference, anonymizedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!customer) {
        throw customerNotFound();
      }
      const { idCustomer } = customer;
      await manager.delete(CustomerAddressEntity, { fkCustomer: idCustomer });
      await manager.update(
        CustomerEntity,
        { idCustomer },
        {
          email: `anonymized-${idCustomer}@${ANONYMIZED_EMAIL_DOMAIN}`,
          passwordHash: '!',
          salutation: null,
          gender: null,
          firstName: '',
          lastName: '',
          dateOfBirth: null,
          registrationKeyHash: null,
          anonymizedAt: NOW,
          updatedAt: NOW,
        },
      );
      await this.sessionWriter.revokeAccountSessions(
        manager,
        { kind: CUSTOMER_SESSION_KIND, id: customerReference },
        SessionRevocationReason.ACCOUNT_DEACTIVATED,
      );
    });
  }
}
