import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'currency' })
export class CurrencyEntity {
  @PrimaryGeneratedColumn({ name: 'id_currency', type: 'integer' })
  idCurrency!: number;

  @Column({ name: 'code', type: 'varchar', length: 3 })
  code!: string;

  @Column({ name: 'name', type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'symbol', type: 'varchar', length: 10 })
  symbol!: string;

  @Column({ name: 'fraction_digits', type: 'integer' })
  fractionDigits!: number;
}
