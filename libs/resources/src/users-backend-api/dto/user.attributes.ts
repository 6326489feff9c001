import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { Omittable } from '#glue-core';
import { USER_ROLES, type UserRole } from '#zed-facades/user';

const ROLES_MESSAGE = `each value in $property must be one of ${USER_ROLES.join(', ')}`;

/** `POST /users` attributes. The password policy is the facade's (422 per broken rule). */
export class UserCreateAttributes {
  @IsEmail()
  @MaxLength(254)
  readonly email!: string;

  @IsString()
  readonly password!: string;

  @IsString()
  @Length(1, 100)
  readonly firstName!: string;

  @IsString()
  @Length(1, 100)
  readonly lastName!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(USER_ROLES.length)
  @ArrayUnique()
  @IsIn(USER_ROLES, { each: true, message: ROLES_MESSAGE })
  readonly roles!: UserRole[];
}

/** `PATCH /users/{id}` attributes: any subset. `isActive: false` deactivates the user. */
export class UserUpdateAttributes {
  @Omittable()
  @IsEmail()
  @MaxLength(254)
  readonly email?: string;

  @Omittable()
  @IsString()
  readonly password?: string;

  @Omittable()
  @IsString()
  @Length(1, 100)
  readonly firstName?: string;

  @Omittable()
  @IsString()
  @Length(1, 100)
  readonly lastName?: string;

  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(USER_ROLES.length)
  @ArrayUnique()
  @IsIn(USER_ROLES, { each: true, message: ROLES_MESSAGE })
  readonly roles?: UserRole[];

  @Omittable()
  @IsBoolean()
  readonly isActive?: boolean;
}
