import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { computeSuperAttributes } from '../business/super-attributes.js';
import type { AbstractProductTransfer } from '../transfer/abstract-product.transfer.js';
import { findLocaleId } from './locale-id.reader.js';
import { ProductAbstractLocalizedAttributesEntity } from './product-abstract-localized-attributes.entity.js';
import { ProductAbstractEntity } from './product-abstract.entity.js';
import { ProductConcreteEntity } from './product-concrete.entity.js';

/** Hydrates abstract products for one locale in four queries, whatever the number of ids. */
@Injectable()
export class AbstractProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findIdsBySkus(skus: readonly string[]): Promise<readonly number[]> {
    if (skus.length === 0) {
      return [];
    }
    const rows = await this.dataSource.manager.find(ProductAbstractEntity, {
      select: { idProductAbstract: true, sku: true },
      where: { sku: In([...skus]) },
    });
    const idBySku = new Map(rows.map((row) => [row.sku, row.idProductAbstract]));
    return skus.flatMap((sku) => idBySku.get(sku) ?? []);
  }

  /** Returns the products in the order of `ids`; unknown ids are omitted. */
  async hydrate(ids: readonly number[], locale: string): Promise<readonly AbstractProductTransfer[]> {
    if (ids.length === 0) {
      return [];
    }
    const manager = this.dataSource.manager;
    const idList = [...new Set(ids)];
    const [localeId, abstracts, concretes] = await Promise.all([
      findLocaleId(manager, locale),
      manager.find(ProductAbstractEntity, { where: { idProductAbstract: In(idList) } }),
      manager.find(ProductConcreteEntity, {
        where: { fkProductAbstract: In(idList), isActive: true },
        order: { sku: 'ASC' },
      }),
    ]);
    const localized =
      localeId === null
        ? []
        : await manager.find(ProductAbstractLocalizedAttributesEntity, {
            where: { fkProductAbstract: In(idList), fkLocale: localeId },
          });

    const abstractById = new Map(abstracts.map((row) => [row.idProductAbstract, row]));
    const localizedById = new Map(localized.map((row) => [row.fkProductAbstract, row]));
    const concretesById = new Map<number, ProductConcreteEntity[]>();
    for (const concrete of concretes) {
      const list = concretesById.get(concrete.fkProductAbstract) ?? [];
      list.push(concrete);
      concretesById.set(concrete.fkProductAbstract, list);
    }

    return ids.flatMap((id): AbstractProductTransfer[] => {
      const abstract = abstractById.get(id);
      if (!abstract) {
        return [];
      }
      const texts = localizedById.get(id);
      const variants = concretesById.get(id) ?? [];
      return [
        {
          idProductAbstract: abstract.idProductAbstract,
          sku: abstract.sku,
          isActive: abstract.isActive,
          name: texts?.name ?? null,
          description: texts?.description ?? null,
          metaTitle: texts?.metaTitle ?? null,
          metaDescription: texts?.metaDescription ?? null,
          metaKeywords: texts?.metaKeywords ?? null,
          url: texts?.url ?? null,
          attributes: abstract.attributes,
          superAttributes: computeSuperAttributes(variants.map((variant) => variant.attributes)),
          concreteProducts: variants.map((variant) => ({
            idProductConcrete: variant.idProductConcrete,
            sku: variant.sku,
            attributes: variant.attributes,
          })),
          createdAt: abstract.createdAt,
          updatedAt: abstract.updatedAt,
        },
      ];
    });
  }
}
