import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { SALUTATIONS, type Salutation } from '#zed-facades/customer';

/** Absent is fine; `null` is not a value of these attributes, so it is validated (and refused). */
const Omittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

const SALUTATION_MESSAGE = `$property must be one of ${SALUTATIONS.join(', ')}`;
const ISO2_CODE = /^[A-Z]{2}$/;
const ISO2_MESSAGE = '$property must be an ISO 3166-1 alpha-2 country code (two upper-case letters)';

/** `POST /customers/{customerReference}/addresses` attributes (Glue's address). */
export class CustomerAddressCreateAttributes {
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

  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly address2?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly address3?: string | null;

  @IsString()
  @Length(1, 15)
  readonly zipCode!: string;

  @IsString()
  @Length(1, 255)
  readonly city!: string;

  @Matches(ISO2_CODE, { message: ISO2_MESSAGE })
  readonly iso2Code!: string;

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

/** `PATCH …/addresses/{addressId}` attributes: any subset; `null` clears the optional lines. */
export class CustomerAddressUpdateAttributes {
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

  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly address2?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  readonly address3?: string | null;

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
