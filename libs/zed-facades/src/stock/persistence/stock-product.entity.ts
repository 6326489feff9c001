import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'stock_product' })
export class StockProductEntity {
  @PrimaryGeneratedColumn({ name: 'id_stock_product', type: 'integer' })
  idStockProduct!: number;

  @Column({ name: 'fk_warehouse', type: 'integer' })
  fkWarehouse!: number;

  @Column({ name: 'fk_product_concrete', type: 'integer' })
  fkProductConcrete!: number;

  @Column({ name: 'quantity', type: 'integer', default: 0 })
  quantity!: number;

  @Column({ name: 'is_never_out_of_stock', type: 'boolean', default: false })
  isNeverOutOfStock!: boolean;
}
