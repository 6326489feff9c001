import { registerDecorator, type ValidationOptions } from 'class-validator';

const KEY = /^[a-z][a-z0-9_]{0,63}$/;

/** A flat object of snake_case keys to non-empty strings (product attributes). */
export function IsAttributeRecord(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isAttributeRecord',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(options && { options }),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= 100 &&
          Object.entries(value).every(
            ([key, item]) =>
              KEY.test(key) && typeof item === 'string' && item.length > 0 && item.length <= 255,
          ),
        defaultMessage: () =>
          '$property must be an object of snake_case keys to non-empty strings (at most 100 entries, 255 characters each)',
      },
    });
  };
}
