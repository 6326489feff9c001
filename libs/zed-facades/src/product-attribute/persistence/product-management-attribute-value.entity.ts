import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A predefined value of an attribute. */
@Entity({ name: 'product_management_attribute_value' })
export class ProductManagementAttributeValueEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_management_attribute_value', type: 'integer' })
  idProductManagementAttributeValue!: number;

  @Column({ name: 'fk_product_management_attribute', type: 'integer' })
  fkProductManagementAttribute!: number;

  @Column({ name: 'value', type: 'varchar', length: 255 })
  value!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
