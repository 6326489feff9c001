import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { isUuid } from '#zed-facades/persistence-support';
import { normalizeEmail } from '#zed-facades/security';
import { CustomerAddressEntity } from './customer-address.entity.js';
import { CustomerEntity } from './customer.entity.js';

/**
 * Customer reads. The customer entities carry the password hash: never hand them out. An anonymized
 * (deleted) customer is found by none of them.
 */
@Injectable()
export class CustomerReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByReference(
    customerReference: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CustomerEntity | null> {
    return manager.findOneBy(CustomerEntity, { customerReference, anonymizedAt: IsNull() });
  }

  findByEmail(email: string): Promise<CustomerEntity | null> {
    return this.dataSource.manager.findOneBy(CustomerEntity, {
      email: normalizeEmail(email),
      anonymizedAt: IsNull(),
    });
  }

  /** The customer's addresses, oldest first, in one statement (none for an unknown customer). */
  findAddresses(customerReference: string): Promise<CustomerAddressEntity[]> {
    return this.addressQuery(customerReference).orderBy('a.idCustomerAddress', 'ASC').getMany();
  }

  /** The address when it belongs to that customer; null otherwise and for an id that is not a uuid. */
  findAddress(customerReference: string, addressId: string): Promise<CustomerAddressEntity | null> {
    if (!isUuid(addressId)) {
      return Promise.resolve(null);
    }
    return this.addressQuery(customerReference).andWhere('a.uuid = :addressId', { addressId }).getOne();
  }

  private addressQuery(customerReference: string): SelectQueryBuilder<CustomerAddressEntity> {
    return this.dataSource.manager
      .createQueryBuilder(CustomerAddressEntity, 'a')
      .innerJoin(CustomerEntity, 'c', 'c.idCustomer = a.fkCustomer')
      .where('c.customerReference = :customerReference', { customerReference })
      .andWhere('c.anonymizedAt IS NULL');
  }
}
