import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'product_abstract' })
export class ProductAbstractEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_abstract', type: 'integer' })
  idProductAbstract!: number;

  @Column({ name: 'sku', type: 'varchar', length: 255 })
  sku!: string;

  @Column({ name: 'attributes', type: 'jsonb', default: () => "'{}'::jsonb" })
  attributes!: Record<string, string>;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
