import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A label's name in one locale; without one the label's own name is shown. */
@Entity({ name: 'product_label_localized_attributes' })
export class ProductLabelLocalizedAttributesEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_label_localized_attributes', type: 'integer' })
  idProductLabelLocalizedAttributes!: number;

  @Column({ name: 'fk_product_label', type: 'integer' })
  fkProductLabel!: number;

  @Column({ name: 'fk_locale', type: 'integer' })
  fkLocale!: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;
}
