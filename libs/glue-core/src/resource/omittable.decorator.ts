import { ValidateIf } from 'class-validator';

/**
 * For optional attributes whose type has no `null`: an absent attribute skips the property's other
 * validators, while `null` is validated like any value, and so refused (class-validator's
 * `@IsOptional()` would let `null` through).
 */
export const Omittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
