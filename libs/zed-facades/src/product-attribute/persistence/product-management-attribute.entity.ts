import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A product attribute key the catalog uses, and how the back office offers its values. */
@Entity({ name: 'product_management_attribute' })
export class ProductManagementAttributeEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_management_attribute', type: 'integer' })
  idProductManagementAttribute!: number;

  @Column({ name: 'attribute_key', type: 'varchar', length: 255 })
  key!: string;

  @Column({ name: 'input_type', type: 'varchar', length: 64 })
  inputType!: string;

  /** Whether values other than the predefined ones may be entered. */
  @Column({ name: 'allow_input', type: 'boolean', default: false })
  allowInput!: boolean;

  /** Whether concrete products of one abstract product differ by it (a variant axis). */
  @Column({ name: 'is_super', type: 'boolean', default: false })
  isSuper!: boolean;
}
