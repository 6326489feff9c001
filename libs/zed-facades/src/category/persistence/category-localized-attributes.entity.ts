import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'category_localized_attributes' })
export class CategoryLocalizedAttributesEntity {
  @PrimaryGeneratedColumn({ name: 'id_category_localized_attributes', type: 'integer' })
  idCategoryLocalizedAttributes!: number;

  @Column({ name: 'fk_category', type: 'integer' })
  fkCategory!: number;

  @Column({ name: 'fk_locale', type: 'integer' })
  fkLocale!: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'meta_title', type: 'varchar', length: 255, nullable: true })
  metaTitle!: string | null;

  @Column({ name: 'meta_description', type: 'text', nullable: true })
  metaDescription!: string | null;

  @Column({ name: 'meta_keywords', type: 'text', nullable: true })
  metaKeywords!: string | null;

  @Column({ name: 'url', type: 'varchar', length: 512, nullable: true })
  url!: string | null;
}
