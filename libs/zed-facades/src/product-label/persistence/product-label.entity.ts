import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A label the storefront shows on products while it is active and inside its validity window. */
@Entity({ name: 'product_label' })
export class ProductLabelEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_label', type: 'integer' })
  idProductLabel!: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @Column({ name: 'is_exclusive', type: 'boolean', default: false })
  isExclusive!: boolean;

  @Column({ name: 'position', type: 'integer', default: 0 })
  position!: number;

  @Column({ name: 'front_end_reference', type: 'varchar', length: 255, default: '' })
  frontEndReference!: string;

  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true })
  validFrom!: Date | null;

  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  validTo!: Date | null;
}
