import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Exactly one of `fkProductAbstract` and `fkProductConcrete` is set (a CHECK constraint enforces it). */
@Entity({ name: 'price_product' })
export class PriceProductEntity {
  @PrimaryGeneratedColumn({ name: 'id_price_product', type: 'integer' })
  idPriceProduct!: number;

  @Column({ name: 'fk_product_abstract', type: 'integer', nullable: true })
  fkProductAbstract!: number | null;

  @Column({ name: 'fk_product_concrete', type: 'integer', nullable: true })
  fkProductConcrete!: number | null;

  @Column({ name: 'fk_store', type: 'integer' })
  fkStore!: number;

  @Column({ name: 'fk_currency', type: 'integer' })
  fkCurrency!: number;

  @Column({ name: 'price_type', type: 'varchar', length: 20 })
  priceType!: string;

  /** Minor units (cents). */
  @Column({ name: 'gross_amount', type: 'integer' })
  grossAmount!: number;

  /** Minor units (cents). */
  @Column({ name: 'net_amount', type: 'integer' })
  netAmount!: number;
}
