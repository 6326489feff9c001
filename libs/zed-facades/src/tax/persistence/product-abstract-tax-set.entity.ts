import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The tax set of an abstract product (one at most); its concrete products share it. */
@Entity({ name: 'product_abstract_tax_set' })
export class ProductAbstractTaxSetEntity {
  @PrimaryColumn({ name: 'fk_product_abstract', type: 'integer' })
  fkProductAbstract!: number;

  @Column({ name: 'fk_tax_set', type: 'integer' })
  fkTaxSet!: number;
}
