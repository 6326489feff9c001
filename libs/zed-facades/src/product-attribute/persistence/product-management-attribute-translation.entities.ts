import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An attribute key's name in one locale. */
@Entity({ name: 'product_management_attribute_key_translation' })
export class ProductManagementAttributeKeyTranslationEntity {
  @PrimaryColumn({ name: 'fk_product_management_attribute', type: 'integer' })
  fkProductManagementAttribute!: number;

  @PrimaryColumn({ name: 'fk_locale', type: 'integer' })
  fkLocale!: number;

  @Column({ name: 'translation', type: 'varchar', length: 255 })
  translation!: string;
}

/** A predefined value's wording in one locale. */
@Entity({ name: 'product_management_attribute_value_translation' })
export class ProductManagementAttributeValueTranslationEntity {
  @PrimaryColumn({ name: 'fk_product_management_attribute_value', type: 'integer' })
  fkProductManagementAttributeValue!: number;

  @PrimaryColumn({ name: 'fk_locale', type: 'integer' })
  fkLocale!: number;

  @Column({ name: 'translation', type: 'varchar', length: 255 })
  translation!: string;
}
