import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One label assigned to one abstract product (and so to its concrete products). */
@Entity({ name: 'product_label_product_abstract' })
export class ProductLabelProductAbstractEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_label_product_abstract', type: 'integer' })
  idProductLabelProductAbstract!: number;

  @Column({ name: 'fk_product_label', type: 'integer' })
  fkProductLabel!: number;

  @Column({ name: 'fk_product_abstract', type: 'integer' })
  fkProductAbstract!: number;
}
