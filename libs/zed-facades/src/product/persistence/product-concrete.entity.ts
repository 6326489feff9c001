import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'product_concrete' })
export class ProductConcreteEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_concrete', type: 'integer' })
  idProductConcrete!: number;

  @Column({ name: 'fk_product_abstract', type: 'integer' })
  fkProductAbstract!: number;

  @Column({ name: 'sku', type: 'varchar', length: 255 })
  sku!: string;

  @Column({ name: 'attributes', type: 'jsonb', default: () => "'{}'::jsonb" })
  attributes!: Record<string, string>;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @Column({ name: 'is_discontinued', type: 'boolean', default: false })
  isDiscontinued!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
