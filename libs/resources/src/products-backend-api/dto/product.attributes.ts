import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsAttributeRecord } from './string-record.validator.js';

const SKU = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SKU_MESSAGE =
  '$property must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit';
const LOCALE = /^[a-z]{2}_[A-Z]{2}$/;

export class LocalizedAttributesInput {
  @Matches(LOCALE, { message: '$property must be a locale such as de_DE' })
  readonly locale!: string;

  @IsString()
  @Length(1, 255)
  readonly name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  readonly description?: string | null;
}

export class ConcreteProductInput {
  @Matches(SKU, { message: SKU_MESSAGE })
  readonly sku!: string;

  @IsOptional()
  @IsBoolean()
  readonly isActive?: boolean;

  @IsOptional()
  @IsBoolean()
  readonly isDiscontinued?: boolean;

  @IsOptional()
  @IsAttributeRecord()
  readonly attributes?: Readonly<Record<string, string>>;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((item: LocalizedAttributesInput) => item.locale, { message: 'each locale may appear once' })
  @ValidateNested({ each: true })
  @Type(() => LocalizedAttributesInput)
  readonly localizedAttributes?: LocalizedAttributesInput[];
}

/** `POST /products` attributes: an abstract product with at least one concrete product. */
export class ProductCreateAttributes {
  @Matches(SKU, { message: SKU_MESSAGE })
  readonly sku!: string;

  @IsOptional()
  @IsBoolean()
  readonly isActive?: boolean;

  @IsOptional()
  @IsAttributeRecord()
  readonly attributes?: Readonly<Record<string, string>>;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique((item: LocalizedAttributesInput) => item.locale, { message: 'each locale may appear once' })
  @ValidateNested({ each: true })
  @Type(() => LocalizedAttributesInput)
  readonly localizedAttributes!: LocalizedAttributesInput[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique((item: ConcreteProductInput) => item.sku, {
    message: 'each concrete product sku may appear once',
  })
  @ValidateNested({ each: true })
  @Type(() => ConcreteProductInput)
  readonly concreteProducts!: ConcreteProductInput[];
}

/** `PATCH /products/{sku}` attributes: any subset; the sku cannot change. */
export class ProductUpdateAttributes {
  @IsOptional()
  @IsBoolean()
  readonly isActive?: boolean;

  @IsOptional()
  @IsAttributeRecord()
  readonly attributes?: Readonly<Record<string, string>>;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique((item: LocalizedAttributesInput) => item.locale, { message: 'each locale may appear once' })
  @ValidateNested({ each: true })
  @Type(() => LocalizedAttributesInput)
  readonly localizedAttributes?: LocalizedAttributesInput[];

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique((item: ConcreteProductInput) => item.sku, {
    message: 'each concrete product sku may appear once',
  })
  @ValidateNested({ each: true })
  @Type(() => ConcreteProductInput)
  readonly concreteProducts?: ConcreteProductInput[];
}
