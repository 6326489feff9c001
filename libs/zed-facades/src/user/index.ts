/**
 * User domain: back-office users (email + argon2id password, roles, active flag).
 * Import `UserModule` into a Nest module and inject `UserFacade`.
 */
export { UserFacade } from './user.facade.js';
export { UserModule } from './user.module.js';
export { UserErrorCode, UserException } from './user.exception.js';
export { USER_ENTITIES } from './persistence/user-entities.js';
export {
  USER_ROLES,
  type UserCreateInput,
  type UserPage,
  type UserPageCriteria,
  type UserRole,
  type UserSortField,
  type UserTransfer,
  type UserUpdateInput,
} from './transfer/user.transfer.js';
