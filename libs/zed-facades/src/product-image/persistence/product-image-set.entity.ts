import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Belongs to exactly one abstract or concrete product; `fkLocale` null means the default for every locale. */
@Entity({ name: 'product_image_set' })
export class ProductImageSetEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_image_set', type: 'integer' })
  idProductImageSet!: number;

  @Column({ name: 'fk_product_abstract', type: 'integer', nullable: true })
  fkProductAbstract!: number | null;

  @Column({ name: 'fk_product_concrete', type: 'integer', nullable: true })
  fkProductConcrete!: number | null;

  @Column({ name: 'fk_locale', type: 'integer', nullable: true })
  fkLocale!: number | null;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;
}
