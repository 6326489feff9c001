import { Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'tax_set_tax_rate' })
export class TaxSetTaxRateEntity {
  @PrimaryColumn({ name: 'fk_tax_set', type: 'integer' })
  fkTaxSet!: number;

  @PrimaryColumn({ name: 'fk_tax_rate', type: 'integer' })
  fkTaxRate!: number;
}
