import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TaxRateTransfer, TaxSetTransfer } from '../transfer/tax-set.transfer.js';

interface TaxSetRow {
  fk_product_abstract: number;
  id_tax_set: number;
  uuid: string;
  name: string;
  rate_name: string | null;
  rate: string | null;
  country_iso2_code: string | null;
}

/** The tax sets of many abstract products, with their rates, in one query. */
@Injectable()
export class TaxSetReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getTaxSetsByAbstractIds(
    idsAbstract: readonly number[],
  ): Promise<ReadonlyMap<number, TaxSetTransfer>> {
    const rows = await this.dataSource.query<TaxSetRow[]>(
      `SELECT pts.fk_product_abstract, ts.id_tax_set, ts.uuid, ts.name,
              tr.name AS rate_name, tr.rate::text AS rate, tr.country_iso2_code
       FROM product_abstract_tax_set pts
       JOIN tax_set ts ON ts.id_tax_set = pts.fk_tax_set
       LEFT JOIN tax_set_tax_rate tstr ON tstr.fk_tax_set = ts.id_tax_set
       LEFT JOIN tax_rate tr ON tr.id_tax_rate = tstr.fk_tax_rate
       WHERE pts.fk_product_abstract = ANY($1::integer[])
       ORDER BY pts.fk_product_abstract, tr.country_iso2_code, tr.name`,
      [[...idsAbstract]],
    );
    const sets = new Map<number, { set: TaxSetTransfer; rates: TaxRateTransfer[] }>();
    for (const row of rows) {
      let entry = sets.get(row.fk_product_abstract);
      if (!entry) {
        const rates: TaxRateTransfer[] = [];
        entry = { set: { idTaxSet: row.id_tax_set, uuid: row.uuid, name: row.name, taxRates: rates }, rates };
        sets.set(row.fk_product_abstract, entry);
      }
      if (row.rate_name !== null && row.rate !== null && row.country_iso2_code !== null) {
        entry.rates.push({ name: row.rate_name, rate: row.rate, countryIso2Code: row.country_iso2_code });
      }
    }
    return new Map([...sets].map(([id, { set }]) => [id, set]));
  }
}
