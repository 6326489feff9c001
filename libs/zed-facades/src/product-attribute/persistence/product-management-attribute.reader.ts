import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  ProductManagementAttributePageTransfer,
  ProductManagementAttributeTransfer,
} from '../transfer/product-management-attribute.transfer.js';

interface AttributeRow {
  key: string;
  input_type: string;
  allow_input: boolean;
  is_super: boolean;
  localized_keys: ProductManagementAttributeTransfer['localizedKeys'];
  values: ProductManagementAttributeTransfer['values'];
}

const translations = (table: string, column: string, owner: string) => `
  COALESCE((SELECT json_agg(json_build_object('localeName', l.locale_name, 'translation', t.translation)
                            ORDER BY l.locale_name)
            FROM ${table} t JOIN locale l ON l.id_locale = t.fk_locale
            WHERE t.${column} = ${owner}), '[]'::json)`;

// Each attribute with its key translations and its values (each with its translations) in one row.
const ATTRIBUTE_SELECT = `
  SELECT a.attribute_key AS key, a.input_type, a.allow_input, a.is_super,
         ${translations('product_management_attribute_key_translation', 'fk_product_management_attribute', 'a.id_product_management_attribute')} AS localized_keys,
         COALESCE((SELECT json_agg(json_build_object(
                    'value', v.value,
                    'localizedValues', ${translations('product_management_attribute_value_translation', 'fk_product_management_attribute_value', 'v.id_product_management_attribute_value')}
                  ) ORDER BY v.sort_order, v.value)
                  FROM product_management_attribute_value v
                  WHERE v.fk_product_management_attribute = a.id_product_management_attribute), '[]'::json) AS values
  FROM product_management_attribute a`;

/** Attributes with every translation and value, by key or a page of all of them ordered by key. */
@Injectable()
export class ProductManagementAttributeReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByKeys(keys: readonly string[]): Promise<ProductManagementAttributeTransfer[]> {
    const rows = await this.dataSource.query<AttributeRow[]>(
      `${ATTRIBUTE_SELECT} WHERE a.attribute_key = ANY($1::text[]) ORDER BY a.attribute_key`,
      [[...keys]],
    );
    return rows.map(toTransfer);
  }

  async getPage(offset: number, limit: number): Promise<ProductManagementAttributePageTransfer> {
    const [counted] = await this.dataSource.query<{ total: number }[]>(
      'SELECT count(*)::integer AS total FROM product_management_attribute',
    );
    const rows = await this.dataSource.query<AttributeRow[]>(
      `${ATTRIBUTE_SELECT} ORDER BY a.attribute_key OFFSET $1 LIMIT $2`,
      [offset, limit],
    );
    return { attributes: rows.map(toTransfer), total: counted?.total ?? 0 };
  }
}

function toTransfer(row: AttributeRow): ProductManagementAttributeTransfer {
  return {
    key: row.key,
    inputType: row.input_type,
    allowInput: row.allow_input,
    isSuper: row.is_super,
    localizedKeys: row.localized_keys,
    values: row.values,
  };
}
