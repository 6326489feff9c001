import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryGeneratedColumn({ name: 'id_region', type: 'integer' })
  idRegion!: number;

  @Column({ name: 'fk_country', type: 'integer' })
  fkCountry!: number;

  /** ISO 3166-2 code, e.g. `US-CA`. */
  @Column({ name: 'iso2_code', type: 'varchar', length: 10 })
  iso2Code!: string;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;
}
