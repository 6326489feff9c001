import { Get, Param, Patch, Post } from '@nestjs/common';
import {
  collection,
  CollectionQuery,
  Glue,
  GlueAttributes,
  GlueErrorCode,
  GlueHttpException,
  GlueResource,
  Scopes,
  type GlueCollection,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { BackOfficeScope } from '#resources/shared/back-office-access';
import { booleanFilter, collectionCriteria, type CollectionDefinition } from '#resources/shared/collection';
import {
  USER_ROLES,
  UserFacade,
  type UserPageCriteria,
  type UserRole,
  type UserSortField,
} from '#zed-facades/user';
import { UserCreateAttributes, UserUpdateAttributes } from './dto/user.attributes.js';
import { toUserResource, UserAttributesSchema, USERS_TYPE, type UserAttributes } from './users.mapper.js';

const USER_COLLECTION: CollectionDefinition<UserSortField, 'email' | 'role' | 'isActive'> = {
  sort: ['email', 'createdAt', 'lastName'],
  defaultSort: ['createdAt'],
  filters: ['email', 'role', 'isActive'],
  page: { defaultLimit: 20, maxLimit: 100 },
};

/**
 * Back-office users. Only admins hold the `users:*` scopes. There is no DELETE (users keep their
 * audit trail): `PATCH` with `isActive: false` deactivates a user, who can then neither log in nor
 * refresh a token. A change that takes access away (deactivation, a role removed, a new password)
 * revokes the user's sessions in the same transaction: their access tokens are refused from the next
 * request on (docs/security.md, "Sessions and revocation").
 */
@GlueResource({
  type: USERS_TYPE,
  noun: { one: 'a back-office user', many: 'the back-office users', by: 'id' },
  attributes: UserAttributesSchema,
  conventions: ['json-api', 'none'],
})
export class UsersController {
  constructor(private readonly userFacade: UserFacade) {}

  @Get()
  @Scopes(BackOfficeScope.UsersRead)
  @CollectionQuery(USER_COLLECTION)
  async list(@Glue() request: GlueRequest): Promise<GlueCollection<UserAttributes>> {
    const page = await this.userFacade.getUserPage(userPageCriteria(request));
    return collection(page.items.map(toUserResource), page.total);
  }

  @Get(':id')
  @Scopes(BackOfficeScope.UsersRead)
  async get(@Param('id') id: string): Promise<GlueResourceObject<UserAttributes>> {
    const user = await this.userFacade.findUserById(id);
    if (!user) throw GlueHttpException.notFound(`User "${id}" does not exist.`);
    return toUserResource(user);
  }

  @Post()
  @Scopes(BackOfficeScope.UsersWrite)
  async create(
    @GlueAttributes() attributes: UserCreateAttributes,
  ): Promise<GlueResourceObject<UserAttributes>> {
    const user = await this.userFacade.createUser(attributes);
    return toUserResource(user);
  }

  @Patch(':id')
  @Scopes(BackOfficeScope.UsersWrite)
  async update(
    @Glue() request: GlueRequest,
    @Param('id') id: string,
    @GlueAttributes() attributes: UserUpdateAttributes,
  ): Promise<GlueResourceObject<UserAttributes>> {
    // An admin setting their own new password stays logged in in the session making the change.
    const user = await this.userFacade.updateUser(id, attributes, request.identity?.sessionId);
    return toUserResource(user);
  }
}

function userPageCriteria(request: GlueRequest): UserPageCriteria {
  const { offset, limit, sort, filters } = collectionCriteria(request, USER_COLLECTION);
  return {
    offset,
    limit,
    sort,
    filter: {
      ...(filters.email !== undefined && { email: filters.email }),
      ...(filters.role !== undefined && { role: readRole(filters.role) }),
      ...(filters.isActive !== undefined && { isActive: booleanFilter('isActive', filters.isActive) }),
    },
  };
}

function readRole(value: string): UserRole {
  const role = USER_ROLES.find((candidate) => candidate === value);
  if (role !== undefined) return role;
  throw GlueHttpException.invalidParameter(
    'filter[role]',
    `filter[role] is one of ${USER_ROLES.join(', ')}.`,
    GlueErrorCode.InvalidFilter,
  );
}
