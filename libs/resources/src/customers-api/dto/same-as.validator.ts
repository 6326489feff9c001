import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** The attribute must equal another attribute of the same document (`confirmPassword` = `password`). */
export function IsSameAs(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isSameAs',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      ...(options && { options }),
      validator: {
        validate: (value: unknown, validation: ValidationArguments) =>
          value === (validation.object as Record<string, unknown>)[other],
        defaultMessage: () => `$property must equal ${other}`,
      },
    });
  };
}
