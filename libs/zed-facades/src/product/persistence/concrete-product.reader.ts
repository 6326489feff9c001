import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { ConcreteProductTransfer } from '../transfer/concrete-product.transfer.js';
import { findLocaleId } from './locale-id.reader.js';
import { ProductAbstractLocalizedAttributesEntity } from './product-abstract-localized-attributes.entity.js';
import { ProductAbstractEntity } from './product-abstract.entity.js';
import { ProductConcreteLocalizedAttributesEntity } from './product-concrete-localized-attributes.entity.js';
import { ProductConcreteEntity } from './product-concrete.entity.js';

/** Hydrates concrete products for one locale in a constant number of queries. */
@Injectable()
export class ConcreteProductReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findIdsBySkus(skus: readonly string[]): Promise<readonly number[]> {
    if (skus.length === 0) {
      return [];
    }
    const rows = await this.dataSource.manager.find(ProductConcreteEntity, {
      select: { idProductConcrete: true, sku: true },
      where: { sku: In([...skus]) },
    });
    const idBySku = new Map(rows.map((row) => [row.sku, row.idProductConcrete]));
    return skus.flatMap((sku) => idBySku.get(sku) ?? []);
  }

  /** Returns the products in the order of `ids`; unknown ids are omitted. */
  async hydrate(ids: readonly number[], locale: string): Promise<readonly ConcreteProductTransfer[]> {
    if (ids.length === 0) {
      return [];
    }
    const concretes = await this.dataSource.manager.find(ProductConcreteEntity, {
      where: { idProductConcrete: In([...new Set(ids)]) },
    });
    const transfers = await this.toTransfers(concretes, locale);
    const byId = new Map(transfers.map((transfer) => [transfer.idProductConcrete, transfer]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Concretes grouped by abstract id, each group ordered by sku; every requested id has an entry. */
  async getByAbstractIds(
    idsAbstract: readonly number[],
    locale: string,
  ): Promise<ReadonlyMap<number, readonly ConcreteProductTransfer[]>> {
    const grouped = new Map<number, ConcreteProductTransfer[]>(idsAbstract.map((id) => [id, []]));
    if (idsAbstract.length === 0) {
      return grouped;
    }
    const concretes = await this.dataSource.manager.find(ProductConcreteEntity, {
      where: { fkProductAbstract: In([...new Set(idsAbstract)]) },
      order: { sku: 'ASC' },
    });
    for (const transfer of await this.toTransfers(concretes, locale)) {
      grouped.get(transfer.idProductAbstract)?.push(transfer);
    }
    return grouped;
  }

  private async toTransfers(
    concretes: readonly ProductConcreteEntity[],
    locale: string,
  ): Promise<ConcreteProductTransfer[]> {
    if (concretes.length === 0) {
      return [];
    }
    const manager = this.dataSource.manager;
    const concreteIds = concretes.map((concrete) => concrete.idProductConcrete);
    const abstractIds = [...new Set(concretes.map((concrete) => concrete.fkProductAbstract))];
    const [localeId, abstracts] = await Promise.all([
      findLocaleId(manager, locale),
      manager.find(ProductAbstractEntity, { where: { idProductAbstract: In(abstractIds) } }),
    ]);
    const [concreteTexts, abstractTexts] =
      localeId === null
        ? [[], []]
        : await Promise.all([
            manager.find(ProductConcreteLocalizedAttributesEntity, {
              where: { fkProductConcrete: In(concreteIds), fkLocale: localeId },
            }),
            manager.find(ProductAbstractLocalizedAttributesEntity, {
              where: { fkProductAbstract: In(abstractIds), fkLocale: localeId },
            }),
          ]);

    const abstractById = new Map(abstracts.map((row) => [row.idProductAbstract, row]));
    const concreteTextById = new Map(concreteTexts.map((row) => [row.fkProductConcrete, row]));
    const abstractTextById = new Map(abstractTexts.map((row) => [row.fkProductAbstract, row]));

    return concretes.flatMap((concrete): ConcreteProductTransfer[] => {
      const abstract = abstractById.get(concrete.fkProductAbstract);
      if (!abstract) {
        return [];
      }
      const own = concreteTextById.get(concrete.idProductConcrete);
      const inherited = abstractTextById.get(concrete.fkProductAbstract);
      return [
        {
          idProductConcrete: concrete.idProductConcrete,
          idProductAbstract: concrete.fkProductAbstract,
          sku: concrete.sku,
          abstractSku: abstract.sku,
          isActive: concrete.isActive,
          isDiscontinued: concrete.isDiscontinued,
          name: own?.name ?? inherited?.name ?? null,
          description: own?.description ?? inherited?.description ?? null,
          metaTitle: own?.metaTitle ?? inherited?.metaTitle ?? null,
          metaDescription: own?.metaDescription ?? inherited?.metaDescription ?? null,
          metaKeywords: own?.metaKeywords ?? inherited?.metaKeywords ?? null,
          attributes: { ...abstract.attributes, ...concrete.attributes },
          superAttributeKeys: Object.keys(concrete.attributes).sort(),
          createdAt: concrete.createdAt,
          updatedAt: concrete.updatedAt,
        },
      ];
    });
  }
}
