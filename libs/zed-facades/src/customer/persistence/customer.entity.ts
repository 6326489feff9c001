import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'customer' })
export class CustomerEntity {
  @PrimaryGeneratedColumn({ name: 'id_customer', type: 'integer' })
  idCustomer!: number;

  @Column({ name: 'customer_reference', type: 'varchar', length: 32 })
  customerReference!: string;

  /** Trimmed and lower-cased by the writer; unique. */
  @Column({ name: 'email', type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'salutation', type: 'varchar', length: 10, nullable: true })
  salutation!: string | null;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  /** `Male`, `Female` or `Diverse` (a CHECK constraint). */
  @Column({ name: 'gender', type: 'varchar', length: 10, nullable: true })
  gender!: string | null;

  /** `YYYY-MM-DD` */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** Null until the owner confirms the registration (double opt-in); such a customer cannot log in. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** SHA-256 (hex) of the key mailed for the confirmation; null once confirmed. */
  @Column({ name: 'registration_key_hash', type: 'char', length: 64, nullable: true })
  registrationKeyHash!: string | null;

  /** Set when the account was deleted: its personal data is wiped, the row stays for its orders. */
  @Column({ name: 'anonymized_at', type: 'timestamptz', nullable: true })
  anonymizedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
