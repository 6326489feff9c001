import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ProductLocalizedAttributesTransfer, ProductTransfer } from '../transfer/product.transfer.js';
import { getLocaleNamesById } from './locale-id.reader.js';
import { ProductAbstractLocalizedAttributesEntity } from './product-abstract-localized-attributes.entity.js';
import { ProductAbstractEntity } from './product-abstract.entity.js';
import { ProductConcreteLocalizedAttributesEntity } from './product-concrete-localized-attributes.entity.js';
import { ProductConcreteEntity } from './product-concrete.entity.js';

interface LocalizedRow {
  readonly fkLocale: number;
  readonly name: string;
  readonly description: string | null;
}

/** Hydrates backend products (every locale, every concrete) in five queries, whatever the number of ids. */
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
    const abstractTexts = await manager.find(ProductAbstractLocalizedAttributesEntity, {
      where: { fkProductAbstract: In(idList) },
    });
    const concretes = await manager.find(ProductConcreteEntity, {
      where: { fkProductAbstract: In(idList) },
      order: { sku: 'ASC' },
    });
    const concreteTexts =
      concretes.length === 0
        ? []
        : await manager.find(ProductConcreteLocalizedAttributesEntity, {
            where: { fkProductConcrete: In(concretes.map((concrete) => concrete.idProductConcrete)) },
          });
    const localeNames = await getLocaleNamesById(manager);

    const toLocalized = (rows: readonly LocalizedRow[] | undefined): ProductLocalizedAttributesTransfer[] =>
      (rows ?? [])
        .map((row) => ({
          locale: localeNames.get(row.fkLocale) ?? '',
          name: row.name,
          description: row.description,
        }))
        .sort((a, b) => a.locale.localeCompare(b.locale));
    const abstractTextsById = groupBy(abstractTexts, (row) => row.fkProductAbstract);
    const concreteTextsById = groupBy(concreteTexts, (row) => row.fkProductConcrete);
    const concretesById = groupBy(concretes, (row) => row.fkProductAbstract);
    const abstractById = new Map(abstracts.map((row) => [row.idProductAbstract, row]));

    return ids.flatMap((id): ProductTransfer[] => {
      const abstract = abstractById.get(id);
      if (!abstract) {
        return [];
      }
      return [
        {
          sku: abstract.sku,
          isActive: abstract.isActive,
          attributes: abstract.attributes,
          localizedAttributes: toLocalized(abstractTextsById.get(id)),
          concreteProducts: (concretesById.get(id) ?? []).map((concrete) => ({
            sku: concrete.sku,
            isActive: concrete.isActive,
            isDiscontinued: concrete.isDiscontinued,
            attributes: concrete.attributes,
            localizedAttributes: toLocalized(concreteTextsById.get(concrete.idProductConcrete)),
          })),
          createdAt: abstract.createdAt,
          updatedAt: abstract.updatedAt,
        },
      ];
    });
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? [];
    group.push(row);
    groups.set(key(row), group);
  }
  return groups;
}
