import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** `POST /access-tokens`: a customer's credentials. */
export class AccessTokenAttributes {
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  username!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;
}

/** `POST /refresh-tokens`: the refresh token to exchange. */
export class RefreshTokenAttributes {
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  refreshToken!: string;
}
