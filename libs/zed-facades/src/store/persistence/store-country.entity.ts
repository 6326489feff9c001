import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'store_country' })
export class StoreCountryEntity {
  @PrimaryGeneratedColumn({ name: 'id_store_country', type: 'integer' })
  idStoreCountry!: number;

  @Column({ name: 'fk_store', type: 'integer' })
  fkStore!: number;

  @Column({ name: 'fk_country', type: 'integer' })
  fkCountry!: number;

  /** The order the store lists its countries in. */
  @Column({ name: 'position', type: 'integer', default: 0 })
  position!: number;
}
