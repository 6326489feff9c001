import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'store' })
export class StoreEntity {
  @PrimaryGeneratedColumn({ name: 'id_store', type: 'integer' })
  idStore!: number;

  @Column({ name: 'name', type: 'varchar', length: 50 })
  name!: string;

  @Column({ name: 'timezone', type: 'varchar', length: 64 })
  timezone!: string;

  @Column({ name: 'fk_default_locale', type: 'integer' })
  fkDefaultLocale!: number;

  @Column({ name: 'fk_default_currency', type: 'integer' })
  fkDefaultCurrency!: number;
}
