import { isUserRole, type UserTransfer } from '../transfer/user.transfer.js';
import type { BackOfficeUserEntity } from './back-office-user.entity.js';

export function toUserTransfer(entity: BackOfficeUserEntity): UserTransfer {
  return {
    id: entity.id,
    email: entity.email,
    firstName: entity.firstName,
    lastName: entity.lastName,
    roles: entity.roles.filter(isUserRole),
    isActive: entity.isActive,
    lastLoginAt: entity.lastLoginAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
