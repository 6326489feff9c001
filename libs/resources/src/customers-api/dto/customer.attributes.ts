import {
  Equals,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Omittable } from '#glue-core';
import { SALUTATIONS, type Salutation } from '#zed-facades/customer';
import { IsDateOfBirth } from './date-of-birth.validator.js';

const SALUTATION_MESSAGE = `$property must be one of ${SALUTATIONS.join(', ')}`;

// The value of `gender` is the facade's to check (Glue's code `414`); here only its type and size.
const GENDER_MAX_LENGTH = 20;

/**
 * `POST /customers` attributes (Glue's registration). The password policy and the gender are the
 * facade's to check; `confirmPassword` is compared after validation (`assertPasswordConfirmed`).
 */
export class CustomerRegistrationAttributes {
  @IsEmail()
  @MaxLength(254)
  readonly email!: string;

  @IsString()
  readonly password!: string;

  @IsString()
  readonly confirmPassword!: string;

  @IsIn(SALUTATIONS, { message: SALUTATION_MESSAGE })
  readonly salutation!: Salutation;

  @IsOptional()
  @IsString()
  @MaxLength(GENDER_MAX_LENGTH)
  readonly gender?: string | null;

  @IsString()
  @Length(1, 100)
  readonly firstName!: string;

  @IsString()
  @Length(1, 100)
  readonly lastName!: string;

  @IsOptional()
  @IsDateOfBirth()
  readonly dateOfBirth?: string | null;

  @Equals(true, { message: '$property must be true: the terms must be accepted' })
  readonly acceptedTerms!: boolean;
}

/**
 * `PATCH /customers/{customerReference}` attributes: any subset; `null` clears `salutation`, `gender`
 * and `dateOfBirth`. A new `password` needs `confirmPassword` and the `currentPassword`; a new `email`
 * needs the `currentPassword` too (the facade knows whether it is new: Glue clients send the
 * unchanged email back with every change).
 */
export class CustomerUpdateAttributes {
  @Omittable()
  @IsEmail()
  @MaxLength(254)
  readonly email?: string;

  @IsOptional()
  @IsIn(SALUTATIONS, { message: SALUTATION_MESSAGE })
  readonly salutation?: Salutation | null;

  @IsOptional()
  @IsString()
  @MaxLength(GENDER_MAX_LENGTH)
  readonly gender?: string | null;

  @Omittable()
  @IsString()
  @Length(1, 100)
  readonly firstName?: string;

  @Omittable()
  @IsString()
  @Length(1, 100)
  readonly lastName?: string;

  @IsOptional()
  @IsDateOfBirth()
  readonly dateOfBirth?: string | null;

  @Omittable()
  @IsString()
  readonly password?: string;

  @ValidateIf(
    (object: CustomerUpdateAttributes) =>
      object.password !== undefined || object.confirmPassword !== undefined,
  )
  @IsString()
  readonly confirmPassword?: string;

  @ValidateIf(
    (object: CustomerUpdateAttributes) =>
      object.password !== undefined || object.currentPassword !== undefined,
  )
  @IsString()
  @IsNotEmpty()
  readonly currentPassword?: string;
}
