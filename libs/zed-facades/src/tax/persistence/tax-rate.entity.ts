import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A percentage levied in one country (ISO 3166-1 alpha-2). */
@Entity({ name: 'tax_rate' })
export class TaxRateEntity {
  @PrimaryGeneratedColumn({ name: 'id_tax_rate', type: 'integer' })
  idTaxRate!: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;

  /** numeric(5,2): read as a decimal string ("19.00"), never a float. */
  @Column({ name: 'rate', type: 'numeric', precision: 5, scale: 2 })
  rate!: string;

  @Column({ name: 'country_iso2_code', type: 'char', length: 2 })
  countryIso2Code!: string;
}
