import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A published document of the storefront catalog (written and read with SQL; mapped for the schema's sake). */
@Entity({ name: 'catalog_storage' })
@Index('ix_catalog_storage_resource_reference', ['resource', 'reference'])
export class CatalogStorageEntity {
  @PrimaryColumn({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'resource', type: 'text' })
  resource!: string;

  @Column({ name: 'reference', type: 'text' })
  reference!: string;

  @Column({ name: 'store', type: 'text', nullable: true })
  store!: string | null;

  @Column({ name: 'locale', type: 'text', nullable: true })
  locale!: string | null;

  @Column({ name: 'document', type: 'json' })
  document!: object;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
