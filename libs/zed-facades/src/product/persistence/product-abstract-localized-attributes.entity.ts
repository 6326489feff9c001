import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'product_abstract_localized_attributes' })
export class ProductAbstractLocalizedAttributesEntity {
  @PrimaryGeneratedColumn({ name: 'id_product_abstract_localized_attributes', type: 'integer' })
  idProductAbstractLocalizedAttributes!: number;

  @Column({ name: 'fk_product_abstract', type: 'integer' })
  fkProductAbstract!: number;

  @Column({ name: 'fk_locale', type: 'integer' })
  fkLocale!: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'description', type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'meta_title', type: 'varchar', length: 255, nullable: true })
  metaTitle!: string | null;

  @Column({ name: 'meta_description', type: 'text', nullable: true })
  metaDescription!: string | null;

  @Column({ name: 'meta_keywords', type: 'text', nullable: true })
  metaKeywords!: string | null;

  @Column({ name: 'url', type: 'varchar', length: 512, nullable: true })
  url!: string | null;
}
