import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CatalogPublisher } from '#zed-facades/catalog-storage';
import { NOW } from '#zed-facades/persistence-support';
import { ProductErrorCode, ProductException } from '../product.exception.js';
import { ProductAbstractLocalizedAttributesEntity } from '../persistence/product-abstract-localized-attributes.entity.js';
import { ProductAbstractEntity } from '../persistence/product-abstract.entity.js';
import { ProductConcreteLocalizedAttributesEntity } from '../persistence/product-concrete-localized-attributes.entity.js';
import { ProductConcreteEntity } from '../persistence/product-concrete.entity.js';
import { findLocaleIds } from '../persistence/locale-ids.js';
import { ProductReader } from '../persistence/product.reader.js';
import type {
  ProductConcreteInput,
  ProductCreateInput,
  ProductLocalizedAttributesInput,
  ProductTransfer,
  ProductUpdateInput,
} from '../transfer/product.transfer.js';
import {
  assertUniqueLocales,
  assertValidConcreteSet,
  collectLocaleReferences,
} from './product-input.validator.js';
import { translateUniqueViolation } from './unique-violation.js';

type LocaleIds = ReadonlyMap<string, number>;

/**
 * Backend product writes. Each call is one transaction that also publishes the product's storefront
 * documents (`CatalogPublisher`): on any error nothing is written, documents included.
 */
@Injectable()
export class ProductWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly productReader: ProductReader,
    private readonly publisher: CatalogPublisher,
  ) {}

  async create(input: ProductCreateInput): Promise<ProductTransfer> {
    assertUniqueLocales(input.localizedAttributes, 'localizedAttributes');
    assertValidConcreteSet(input.concreteProducts);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const localeIds = await resolveLocaleIds(manager, input.localizedAttributes, input.concreteProducts);
        if ((await this.productReader.findIdBySku(input.sku, manager)) !== null) {
          throw new ProductException(
            ProductErrorCode.ABSTRACT_SKU_EXISTS,
            `The sku "${input.sku}" already exists.`,
            'sku',
          );
        }
        await assertConcreteSkusFree(manager, input.concreteProducts, null);

        const inserted = await manager.insert(ProductAbstractEntity, {
          sku: input.sku,
          isActive: input.isActive ?? true,
          attributes: { ...input.attributes },
        });
        const idProductAbstract = (inserted.identifiers[0] as { idProductAbstract: number })
          .idProductAbstract;
        await upsertAbstractTexts(manager, idProductAbstract, input.localizedAttributes, localeIds);
        await insertConcretes(manager, idProductAbstract, input.concreteProducts, localeIds);
        await this.publisher.abstractProductsChanged(manager, [input.sku]);
        return this.reload(manager, idProductAbstract);
      });
    } catch (error) {
      throw translateUniqueViolation(error, input.sku, input.concreteProducts);
    }
  }

  async update(sku: string, input: ProductUpdateInput): Promise<ProductTransfer> {
    if (input.localizedAttributes) {
      assertUniqueLocales(input.localizedAttributes, 'localizedAttributes');
    }
    if (input.concreteProducts) {
      assertValidConcreteSet(input.concreteProducts);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Row lock: concurrent updates of one product serialise instead of interleaving their concrete sets.
        const abstract = await manager.findOne(ProductAbstractEntity, {
          where: { sku },
          lock: { mode: 'pessimistic_write' },
        });
        if (!abstract) {
          throw notFound(sku);
        }
        const idProductAbstract = abstract.idProductAbstract;
        const localeIds = await resolveLocaleIds(manager, input.localizedAttributes, input.concreteProducts);

        await manager.update(
          ProductAbstractEntity,
          { idProductAbstract },
          {
            ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
            ...(input.attributes === undefined ? {} : { attributes: { ...input.attributes } }),
            updatedAt: NOW,
          },
        );
        if (input.localizedAttributes) {
          await upsertAbstractTexts(manager, idProductAbstract, input.localizedAttributes, localeIds);
        }
        if (input.concreteProducts) {
          await replaceConcretes(manager, idProductAbstract, input.concreteProducts, localeIds);
        }
        await this.publisher.abstractProductsChanged(manager, [sku]);
        return this.reload(manager, idProductAbstract);
      });
    } catch (error) {
      throw translateUniqueViolation(error, sku, input.concreteProducts ?? []);
    }
  }

  /**
   * Deletes the product; its concretes, prices, stock, images, category links and search index rows go
   * with it (FK cascade, so the index changes in the same statement).
   */
  async delete(sku: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(ProductAbstractEntity, { sku });
      if (!result.affected) {
        throw notFound(sku);
      }
      await this.publisher.abstractProductsChanged(manager, [sku]);
    });
  }

  private async reload(manager: EntityManager, idProductAbstract: number): Promise<ProductTransfer> {
    const [product] = await this.productReader.hydrate([idProductAbstract], manager);
    if (!product) {
      throw new Error(`Product ${idProductAbstract} vanished inside its own transaction.`);
    }
    return product;
  }
}

function notFound(sku: string): ProductException {
  return new ProductException(ProductErrorCode.PRODUCT_NOT_FOUND, `No product with sku "${sku}".`);
}

async function resolveLocaleIds(
  manager: EntityManager,
  localizedAttributes: readonly ProductLocalizedAttributesInput[] | undefined,
  concreteProducts: readonly ProductConcreteInput[] | undefined,
): Promise<LocaleIds> {
  const references = collectLocaleReferences(localizedAttributes, concreteProducts);
  if (references.length === 0) {
    return new Map();
  }
  const names = [...new Set(references.map((reference) => reference.locale))];
  const localeIds = await findLocaleIds(manager, names);
  const unknown = references.find((reference) => !localeIds.has(reference.locale));
  if (unknown) {
    throw new ProductException(
      ProductErrorCode.UNKNOWN_LOCALE,
      `The locale "${unknown.locale}" does not exist.`,
      unknown.field,
    );
  }
  return localeIds;
}

/** Throws when a concrete sku of the input belongs to a product other than `ownerId` (any product when null). */
async function assertConcreteSkusFree(
  manager: EntityManager,
  concreteProducts: readonly ProductConcreteInput[],
  ownerId: number | null,
): Promise<void> {
  const existing = await manager.find(ProductConcreteEntity, {
    select: { sku: true, fkProductAbstract: true },
    where: { sku: In(concreteProducts.map((concrete) => concrete.sku)) },
  });
  const takenSkus = new Set(
    existing.filter((row) => row.fkProductAbstract !== ownerId).map((row) => row.sku),
  );
  const index = concreteProducts.findIndex((concrete) => takenSkus.has(concrete.sku));
  const taken = concreteProducts[index];
  if (taken) {
    throw new ProductException(
      ProductErrorCode.CONCRETE_SKU_EXISTS,
      `The concrete sku "${taken.sku}" already exists.`,
      `concreteProducts.${index}.sku`,
    );
  }
}

async function replaceConcretes(
  manager: EntityManager,
  idProductAbstract: number,
  concreteProducts: readonly ProductConcreteInput[],
  localeIds: LocaleIds,
): Promise<void> {
  await assertConcreteSkusFree(manager, concreteProducts, idProductAbstract);
  const current = await manager.find(ProductConcreteEntity, {
    where: { fkProductAbstract: idProductAbstract },
  });
  const currentBySku = new Map(current.map((concrete) => [concrete.sku, concrete]));
  const wanted = new Set(concreteProducts.map((concrete) => concrete.sku));
  const removed = current.filter((concrete) => !wanted.has(concrete.sku));
  if (removed.length > 0) {
    await manager.delete(ProductConcreteEntity, {
      idProductConcrete: In(removed.map((concrete) => concrete.idProductConcrete)),
    });
  }
  // Rows differ in which fields they change, so updates stay one statement per kept concrete; new
  // concretes and every text go in one statement each.
  const texts: ConcreteTextRow[] = [];
  for (const input of concreteProducts) {
    const existing = currentBySku.get(input.sku);
    if (!existing) continue;
    await manager.update(
      ProductConcreteEntity,
      { idProductConcrete: existing.idProductConcrete },
      {
        ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
        ...(input.isDiscontinued === undefined ? {} : { isDiscontinued: input.isDiscontinued }),
        ...(input.attributes === undefined ? {} : { attributes: { ...input.attributes } }),
        updatedAt: NOW,
      },
    );
    texts.push(...concreteTextRows(existing.idProductConcrete, input, localeIds));
  }
  await upsertConcreteTexts(manager, texts);
  await insertConcretes(
    manager,
    idProductAbstract,
    concreteProducts.filter((input) => !currentBySku.has(input.sku)),
    localeIds,
  );
}

/** Inserts concretes in one statement and all their texts in one more, whatever their number. */
async function insertConcretes(
  manager: EntityManager,
  idProductAbstract: number,
  inputs: readonly ProductConcreteInput[],
  localeIds: LocaleIds,
): Promise<void> {
  if (inputs.length === 0) {
    return;
  }
  const inserted = await manager.insert(
    ProductConcreteEntity,
    inputs.map((input) => ({
      fkProductAbstract: idProductAbstract,
      sku: input.sku,
      isActive: input.isActive ?? true,
      isDiscontinued: input.isDiscontinued ?? false,
      attributes: { ...input.attributes },
    })),
  );
  // PostgreSQL returns the ids of a multi-row INSERT … RETURNING in the order of its VALUES.
  const texts = inputs.flatMap((input, index) =>
    concreteTextRows(
      (inserted.identifiers[index] as { idProductConcrete: number }).idProductConcrete,
      input,
      localeIds,
    ),
  );
  await upsertConcreteTexts(manager, texts);
}

interface ConcreteTextRow {
  readonly fkProductConcrete: number;
  readonly fkLocale: number;
  readonly name: string;
  readonly description: string | null;
}

function concreteTextRows(
  idProductConcrete: number,
  input: ProductConcreteInput,
  localeIds: LocaleIds,
): ConcreteTextRow[] {
  return (input.localizedAttributes ?? []).map((entry) => ({
    fkProductConcrete: idProductConcrete,
    fkLocale: localeIds.get(entry.locale) ?? 0,
    name: entry.name,
    description: entry.description ?? null,
  }));
}

async function upsertAbstractTexts(
  manager: EntityManager,
  idProductAbstract: number,
  localized: readonly ProductLocalizedAttributesInput[],
  localeIds: LocaleIds,
): Promise<void> {
  if (localized.length === 0) {
    return;
  }
  await manager.upsert(
    ProductAbstractLocalizedAttributesEntity,
    localized.map((entry) => ({
      fkProductAbstract: idProductAbstract,
      fkLocale: localeIds.get(entry.locale) ?? 0,
      name: entry.name,
      description: entry.description ?? null,
    })),
    ['fkProductAbstract', 'fkLocale'],
  );
}

async function upsertConcreteTexts(manager: EntityManager, rows: readonly ConcreteTextRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await manager.upsert(
    ProductConcreteLocalizedAttributesEntity,
    [...rows],
    ['fkProductConcrete', 'fkLocale'],
  );
}
