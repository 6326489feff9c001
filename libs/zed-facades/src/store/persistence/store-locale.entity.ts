import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'store_locale' })
export class StoreLocaleEntity {
  @PrimaryGeneratedColumn({ name: 'id_store_locale', type: 'integer' })
  idStoreLocale!: number;

  @Column({ name: 'fk_store', type: 'integer' })
  fkStore!: number;

  @Column({ name: 'fk_locale', type: 'integer' })
  fkLocale!: number;
}
