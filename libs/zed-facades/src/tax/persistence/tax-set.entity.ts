import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A named group of tax rates, at most one per country, assigned to products. */
@Entity({ name: 'tax_set' })
export class TaxSetEntity {
  @PrimaryGeneratedColumn({ name: 'id_tax_set', type: 'integer' })
  idTaxSet!: number;

  @Column({ name: 'uuid', type: 'uuid' })
  uuid!: string;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name!: string;
}
