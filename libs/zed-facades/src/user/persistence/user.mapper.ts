import { USER_ROLES, type UserRole, type UserTransfer } from '../transfer/user.transfer.js';
import type { BackOfficeUserEntity } from './back-office-user.entity.js';

export function isUserRole(role: string): role is UserRole {
  return (USER_ROLES as readonly string[]).includes(role);
}

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
