import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '#zed-facades/security';

/** `POST /access-tokens`: a customer's credentials. */
export class AccessTokenAttributes {
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  username!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

/** `POST /refresh-tokens`: the refresh token to exchange. */
export class RefreshTokenAttributes {
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  refreshToken!: string;
}
