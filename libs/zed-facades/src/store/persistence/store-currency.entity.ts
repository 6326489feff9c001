import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'store_currency' })
export class StoreCurrencyEntity {
  @PrimaryGeneratedColumn({ name: 'id_store_currency', type: 'integer' })
  idStoreCurrency!: number;

  @Column({ name: 'fk_store', type: 'integer' })
  fkStore!: number;

  @Column({ name: 'fk_currency', type: 'integer' })
  fkCurrency!: number;
}
