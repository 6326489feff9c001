import { ProductErrorCode, ProductException } from '../product.exception.js';
import type { ProductConcreteInput, ProductLocalizedAttributesInput } from '../transfer/product.transfer.js';

/** A locale named somewhere in the input, with the dotted path a client can point at. */
export interface LocaleReference {
  readonly locale: string;
  readonly field: string;
}

/** Structural checks that need no database: required concretes, duplicates within the input. */
export function assertValidConcreteSet(concreteProducts: readonly ProductConcreteInput[]): void {
  if (concreteProducts.length === 0) {
    throw new ProductException(
      ProductErrorCode.CONCRETE_PRODUCTS_REQUIRED,
      'A product needs at least one concrete product.',
      'concreteProducts',
    );
  }
  const seen = new Set<string>();
  concreteProducts.forEach((concrete, index) => {
    if (seen.has(concrete.sku)) {
      throw new ProductException(
        ProductErrorCode.DUPLICATE_SKU_IN_INPUT,
        `The concrete sku "${concrete.sku}" appears more than once.`,
        `concreteProducts.${index}.sku`,
      );
    }
    seen.add(concrete.sku);
    assertUniqueLocales(concrete.localizedAttributes ?? [], `concreteProducts.${index}.localizedAttributes`);
  });
}

export function assertUniqueLocales(
  localized: readonly ProductLocalizedAttributesInput[],
  path: string,
): void {
  const seen = new Set<string>();
  localized.forEach((entry, index) => {
    if (seen.has(entry.locale)) {
      throw new ProductException(
        ProductErrorCode.DUPLICATE_LOCALE_IN_INPUT,
        `The locale "${entry.locale}" appears more than once.`,
        `${path}.${index}.locale`,
      );
    }
    seen.add(entry.locale);
  });
}

export function collectLocaleReferences(
  localizedAttributes: readonly ProductLocalizedAttributesInput[] | undefined,
  concreteProducts: readonly ProductConcreteInput[] | undefined,
): LocaleReference[] {
  const references: LocaleReference[] = (localizedAttributes ?? []).map((entry, index) => ({
    locale: entry.locale,
    field: `localizedAttributes.${index}.locale`,
  }));
  (concreteProducts ?? []).forEach((concrete, concreteIndex) => {
    (concrete.localizedAttributes ?? []).forEach((entry, index) => {
      references.push({
        locale: entry.locale,
        field: `concreteProducts.${concreteIndex}.localizedAttributes.${index}.locale`,
      });
    });
  });
  return references;
}
