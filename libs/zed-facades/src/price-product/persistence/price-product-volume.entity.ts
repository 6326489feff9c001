import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A volume price tier of a price: from `quantity` items on, these amounts apply (`quantity` > 1). */
@Entity({ name: 'price_product_volume' })
export class PriceProductVolumeEntity {
  @PrimaryGeneratedColumn({ name: 'id_price_product_volume', type: 'integer' })
  idPriceProductVolume!: number;

  @Column({ name: 'fk_price_product', type: 'integer' })
  fkPriceProduct!: number;

  @Column({ name: 'quantity', type: 'integer' })
  quantity!: number;

  /** Minor units (cents), per item. */
  @Column({ name: 'gross_amount', type: 'integer' })
  grossAmount!: number;

  /** Minor units (cents), per item. */
  @Column({ name: 'net_amount', type: 'integer' })
  netAmount!: number;
}
