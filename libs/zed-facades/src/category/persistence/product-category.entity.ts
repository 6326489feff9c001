import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'product_category' })
export class ProductCategoryEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_category', type: 'integer' })
  idProductCategory!: number;

  @Column({ name: 'fk_product_abstract', type: 'integer' })
  fkProductAbstract!: number;

  @Column({ name: 'fk_category', type: 'integer' })
  fkCategory!: number;

  @Column({ name: 'product_order', type: 'integer', default: 0 })
  productOrder!: number;
}
