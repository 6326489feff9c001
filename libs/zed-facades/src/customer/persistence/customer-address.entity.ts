import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'customer_address' })
export class CustomerAddressEntity {
  @PrimaryGeneratedColumn({ name: 'id_customer_address', type: 'integer' })
  idCustomerAddress!: number;

  /** The public id of the address. */
  @Column({ name: 'uuid', type: 'uuid', default: () => 'gen_random_uuid()' })
  uuid!: string;

  @Column({ name: 'fk_customer', type: 'integer' })
  fkCustomer!: number;

  @Column({ name: 'salutation', type: 'varchar', length: 10 })
  salutation!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ name: 'address1', type: 'varchar', length: 255 })
  address1!: string;

  @Column({ name: 'address2', type: 'varchar', length: 255, nullable: true })
  address2!: string | null;

  @Column({ name: 'address3', type: 'varchar', length: 255, nullable: true })
  address3!: string | null;

  @Column({ name: 'zip_code', type: 'varchar', length: 15 })
  zipCode!: string;

  @Column({ name: 'city', type: 'varchar', length: 255 })
  city!: string;

  @Column({ name: 'iso2_code', type: 'char', length: 2 })
  iso2Code!: string;

  @Column({ name: 'company', type: 'varchar', length: 255, nullable: true })
  company!: string | null;

  @Column({ name: 'phone', type: 'varchar', length: 50, nullable: true })
  phone!: string | null;

  @Column({ name: 'is_default_shipping', type: 'boolean', default: false })
  isDefaultShipping!: boolean;

  @Column({ name: 'is_default_billing', type: 'boolean', default: false })
  isDefaultBilling!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
