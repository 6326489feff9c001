import { registerDecorator, type ValidationOptions } from 'class-validator';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists, after 1900-01-01 and not in the future. */
export function IsDateOfBirth(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isDateOfBirth',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(options && { options }),
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const match = DATE.exec(value);
          if (!match) return false;
          const date = new Date(`${value}T00:00:00Z`);
          return (
            !Number.isNaN(date.getTime()) &&
            date.toISOString().startsWith(value) &&
            value >= '1900-01-01' &&
            date.getTime() <= Date.now()
          );
        },
        defaultMessage: () => '$property must be a past date formatted YYYY-MM-DD',
      },
    });
  };
}
