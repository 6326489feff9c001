import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { groupByIds, inKeyOrder } from '#zed-facades/persistence-support';
import type {
  ProductConcreteTransfer,
  ProductLocalizedAttributesTransfer,
  ProductTransfer,
} from '../transfer/product.transfer.js';
import { ProductAbstractEntity } from './product-abstract.entity.js';
import { ProductConcreteEntity } from './product-concrete.entity.js';

/** One localized text with its locale's name; `owner` is the abstract or concrete it belongs to. */
interface TextRow {
  readonly owner: number;
  readonly locale: string;
  readonly name: string;
  readonly description: string | null;
}

// Texts with their locale's name joined in: fk_locale references locale, so the join drops no text.
const ABSTRACT_TEXTS = `
  SELECT t.fk_product_abstract AS owner, l.locale_name AS locale, t.name, t.description
  FROM product_abstract_localized_attributes t
  JOIN locale l ON l.id_locale = t.fk_locale
  WHERE t.fk_product_abstract = ANY($1::integer[])`;
const CONCRETE_TEXTS = `
  SELECT t.fk_product_concrete AS owner, l.locale_name AS locale, t.name, t.description
  FROM product_concrete_localized_attributes t
  JOIN locale l ON l.id_locale = t.fk_locale
  WHERE t.fk_product_concrete = ANY($1::integer[])`;

/**
 * Concretes by sku with their abstract's sku and every locale's texts, in one statement: the texts are
 * aggregated per concrete (ordered by locale name; `[]` without any), so no row repeats per locale.
 */
const CONCRETES_BY_SKUS = `
  SELECT c.id_product_concrete, c.sku, a.sku AS abstract_sku, c.is_active, c.is_discontinued,
         c.attributes, c.created_at, c.updated_at,
         COALESCE(
           (SELECT json_agg(
                     json_build_object('locale', l.locale_name, 'name', t.name, 'description', t.description)
                     ORDER BY l.locale_name)
            FROM product_concrete_localized_attributes t
            JOIN locale l ON l.id_locale = t.fk_locale
            WHERE t.fk_product_concrete = c.id_product_concrete),
           '[]'::json) AS localized_attributes
  FROM product_concrete c
  JOIN product_abstract a ON a.id_product_abstract = c.fk_product_abstract
  WHERE c.sku = ANY($1::varchar[])`;

/** One row of `CONCRETES_BY_SKUS`; `pg` parses the json aggregate. */
interface ConcreteRow {
  readonly id_product_concrete: number;
  readonly sku: string;
  readonly abstract_sku: string;
  readonly is_active: boolean;
  readonly is_discontinued: boolean;
  readonly attributes: Record<string, string>;
  readonly created_at: Date;
  readonly updated_at: Date;
  readonly localized_attributes: ProductLocalizedAttributesTransfer[];
}

/** Hydrates backend products (every locale, every concrete) in four queries, whatever the number of ids. */
@Injectable()
export class ProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findIdBySku(sku: string, manager: EntityManager = this.dataSource.manager): Promise<number | null> {
    const row = await manager.findOne(ProductAbstractEntity, {
      select: { idProductAbstract: true },
      where: { sku },
    });
    return row?.idProductAbstract ?? null;
  }

  /** Concretes in the order of `skus` (repeats included), every locale; unknown skus are omitted. */
  async findConcretesBySkus(skus: readonly string[]): Promise<readonly ProductConcreteTransfer[]> {
    if (skus.length === 0) {
      return [];
    }
    const rows = await this.dataSource.query<ConcreteRow[]>(CONCRETES_BY_SKUS, [[...new Set(skus)]]);
    return inKeyOrder(
      skus,
      rows.map((row) => ({
        idProductConcrete: row.id_product_concrete,
        sku: row.sku,
        abstractSku: row.abstract_sku,
        isActive: row.is_active,
        isDiscontinued: row.is_discontinued,
        attributes: row.attributes,
        localizedAttributes: row.localized_attributes,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      })),
      (concrete) => concrete.sku,
    );
  }

  /** Returns the products in the order of `ids`; unknown ids are omitted. */
  async hydrate(
    ids: readonly number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<readonly ProductTransfer[]> {
    if (ids.length === 0) {
      return [];
    }
    const idList = [...new Set(ids)];
    // Sequential on purpose: inside a transaction the manager owns a single connection.
    const abstracts = await manager.find(ProductAbstractEntity, { where: { idProductAbstract: In(idList) } });
    const abstractTexts = await manager.query<TextRow[]>(ABSTRACT_TEXTS, [idList]);
    const concretes = await manager.find(ProductConcreteEntity, {
      where: { fkProductAbstract: In(idList) },
      order: { sku: 'ASC' },
    });
    const concreteIds = concretes.map((concrete) => concrete.idProductConcrete);
    const concreteTexts =
      concreteIds.length === 0 ? [] : await manager.query<TextRow[]>(CONCRETE_TEXTS, [concreteIds]);

    const abstractTextsById = groupByIds(idList, abstractTexts, (row) => row.owner);
    const concreteTextsById = groupByIds(concreteIds, concreteTexts, (row) => row.owner);
    const concretesById = groupByIds(idList, concretes, (row) => row.fkProductAbstract);

    return inKeyOrder(ids, abstracts, (abstract) => abstract.idProductAbstract).map(
      (abstract): ProductTransfer => ({
        idProductAbstract: abstract.idProductAbstract,
        sku: abstract.sku,
        isActive: abstract.isActive,
        attributes: abstract.attributes,
        localizedAttributes: toLocalized(abstractTextsById.get(abstract.idProductAbstract)),
        concreteProducts: (concretesById.get(abstract.idProductAbstract) ?? []).map((concrete) => ({
          idProductConcrete: concrete.idProductConcrete,
          sku: concrete.sku,
          abstractSku: abstract.sku,
          isActive: concrete.isActive,
          isDiscontinued: concrete.isDiscontinued,
          attributes: concrete.attributes,
          localizedAttributes: toLocalized(concreteTextsById.get(concrete.idProductConcrete)),
          createdAt: concrete.createdAt,
          updatedAt: concrete.updatedAt,
        })),
        createdAt: abstract.createdAt,
        updatedAt: abstract.updatedAt,
      }),
    );
  }
}

/** Ordered by locale name. */
function toLocalized(rows: readonly TextRow[] | undefined): ProductLocalizedAttributesTransfer[] {
  return (rows ?? [])
    .map((row) => ({ locale: row.locale, name: row.name, description: row.description }))
    .sort((a, b) => a.locale.localeCompare(b.locale));
}
