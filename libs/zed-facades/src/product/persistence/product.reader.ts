import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { groupByIds, inKeyOrder } from '#zed-facades/persistence-support';
import type { ProductLocalizedAttributesTransfer, ProductTransfer } from '../transfer/product.transfer.js';
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
        sku: abstract.sku,
        isActive: abstract.isActive,
        attributes: abstract.attributes,
        localizedAttributes: toLocalized(abstractTextsById.get(abstract.idProductAbstract)),
        concreteProducts: (concretesById.get(abstract.idProductAbstract) ?? []).map((concrete) => ({
          sku: concrete.sku,
          isActive: concrete.isActive,
          isDiscontinued: concrete.isDiscontinued,
          attributes: concrete.attributes,
          localizedAttributes: toLocalized(concreteTextsById.get(concrete.idProductConcrete)),
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
