import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { glueValidationCode } from '#glue-core';
import { PASSWORD_MAX_LENGTH } from '#zed-facades/security';

/** Glue's code for unprocessable login data (an empty username or password), in Glue compatibility mode. */
const UNPROCESSABLE_LOGIN = glueValidationCode('901');

/** `POST /access-tokens`: a customer's credentials. */
export class AccessTokenAttributes {
  @IsString(UNPROCESSABLE_LOGIN)
  @IsNotEmpty(UNPROCESSABLE_LOGIN)
  @MaxLength(254, UNPROCESSABLE_LOGIN)
  username!: string;

  @IsString(UNPROCESSABLE_LOGIN)
  @IsNotEmpty(UNPROCESSABLE_LOGIN)
  @MaxLength(PASSWORD_MAX_LENGTH, UNPROCESSABLE_LOGIN)
  password!: string;
}

/** `POST /refresh-tokens`: the refresh token to exchange. */
export class RefreshTokenAttributes {
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  refreshToken!: string;
}
