import { BackOfficeUserEntity } from './back-office-user.entity.js';

export const USER_ENTITIES = [BackOfficeUserEntity] as const;
