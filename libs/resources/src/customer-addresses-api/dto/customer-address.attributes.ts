import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Omittable } from '#glue-core';
import { SALUTATIONS, type Salutation } from '#zed-facades/customer';

const SALUTATION_MESSAGE = `$property must be one of ${SALUTATIONS.join(', ')}`;
const ISO2_CODE = /^[A-Z]{2}$/;
const ISO2_MESSAGE = '$property must be an ISO 3166-1 alpha-2 country code (two upper-case letters)';

/**
 * The attributes that are optional on create and on update alike: `null` clears an optional line,
 * an absent default flag is left as it is (`false` on create). class-validator applies these
 * decorators to both subclasses.
 */
abstract class CustomerAddressOptionalAttributes {
  /**
   * Glue's request samples send the country's name along with `iso2Code`; `iso2Code` alone decides
   * the country, so the name is accepted and never applied.
   */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly country?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly address2?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly address3?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly company?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  readonly phone?: string | null;

  @Omittable()
  @IsBoolean()
  readonly isDefaultShipping?: boolean;

  @Omittable()
  @IsBoolean()
  readonly isDefaultBilling?: boolean;
}

/** `POST /customers/{customerReference}/addresses` attributes (Glue's address). */
export class CustomerAddressCreateAttributes extends CustomerAddressOptionalAttributes {
  @IsIn(SALUTATIONS, { message: SALUTATION_MESSAGE })
  readonly salutation!: Salutation;

  @IsString()
  @Length(1, 100)
  readonly firstName!: string;

  @IsString()
  @Length(1, 100)
  readonly lastName!: string;

  @IsString()
  @Length(1, 255)
  readonly address1!: string;

  @IsString()
  @Length(1, 15)
  readonly zipCode!: string;

  @IsString()
  @Length(1, 255)
  readonly city!: string;

  @Matches(ISO2_CODE, { message: ISO2_MESSAGE })
  readonly iso2Code!: string;
}

/** `PATCH …/addresses/{addressId}` attributes: any subset; `null` clears the optional lines. */
export class CustomerAddressUpdateAttributes extends CustomerAddressOptionalAttributes {
  @Omittable()
  @IsIn(SALUTATIONS, { message: SALUTATION_MESSAGE })
  readonly salutation?: Salutation;

  @Omittable()
  @IsString()
  @Length(1, 100)
  readonly firstName?: string;

  @Omittable()
  @IsString()
  @Length(1, 100)
  readonly lastName?: string;

  @Omittable()
  @IsString()
  @Length(1, 255)
  readonly address1?: string;

  @Omittable()
  @IsString()
  @Length(1, 15)
  readonly zipCode?: string;

  @Omittable()
  @IsString()
  @Length(1, 255)
  readonly city?: string;

  @Omittable()
  @Matches(ISO2_CODE, { message: ISO2_MESSAGE })
  readonly iso2Code?: string;
}
