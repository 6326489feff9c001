import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'country' })
export class CountryEntity {
  @PrimaryGeneratedColumn({ name: 'id_country', type: 'integer' })
  idCountry!: number;

  /** ISO 3166-1 alpha-2, upper case. */
  @Column({ name: 'iso2_code', type: 'char', length: 2 })
  iso2Code!: string;

  /** ISO 3166-1 alpha-3, upper case; null until known (a country migrated from a store's list). */
  @Column({ name: 'iso3_code', type: 'char', length: 3, nullable: true })
  iso3Code!: string | null;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'postal_code_mandatory', type: 'boolean', default: false })
  postalCodeMandatory!: boolean;

  /** A regular expression a postal code of the country matches, without anchors (Glue's `\\d{5}`). */
  @Column({ name: 'postal_code_regex', type: 'varchar', length: 500, nullable: true })
  postalCodeRegex!: string | null;
}
