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
import { IsSameAs } from './same-as.validator.js';

const SALUTATION_MESSAGE = `$property must be one of ${SALUTATIONS.join(', ')}`;

/** `POST /customers` attributes (Glue's registration). The password policy is the facade's. */
export class CustomerRegistrationAttributes {
  @IsEmail()
  @MaxLength(254)
  readonly email!: string;

  @IsString()
  readonly password!: string;

  @IsString()
  @IsSameAs('password')
  readonly confirmPassword!: string;

  @IsIn(SALUTATIONS, { message: SALUTATION_MESSAGE })
  readonly salutation!: Salutation;

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
 * `PATCH /customers/{customerReference}` attributes: any subset; `null` clears `salutation` and
 * `dateOfBirth`. A new `password` needs `confirmPassword` and the `currentPassword`; a new `email`
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
  @IsSameAs('password')
  readonly confirmPassword?: string;

  @ValidateIf(
    (object: CustomerUpdateAttributes) =>
      object.password !== undefined || object.currentPassword !== undefined,
  )
  @IsString()
  @IsNotEmpty()
  readonly currentPassword?: string;
}
