import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'product_image' })
export class ProductImageEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_image', type: 'integer' })
  idProductImage!: number;

  @Column({ name: 'fk_product_image_set', type: 'integer' })
  fkProductImageSet!: number;

  @Column({ name: 'external_url_large', type: 'varchar', length: 2048 })
  externalUrlLarge!: string;

  @Column({ name: 'external_url_small', type: 'varchar', length: 2048 })
  externalUrlSmall!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
