import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { containsPattern, isUuid } from '#zed-facades/persistence-support';
import { normalizeEmail } from '#zed-facades/security';
import type { UserPage, UserPageCriteria, UserSortField } from '../transfer/user.transfer.js';
import { BackOfficeUserEntity } from './back-office-user.entity.js';
import { toUserTransfer } from './user.mapper.js';

const SORT_COLUMNS: Readonly<Record<UserSortField, keyof BackOfficeUserEntity>> = {
  email: 'email',
  createdAt: 'createdAt',
  lastName: 'lastName',
};

/** Back-office user reads. The entities it returns carry the password hash: never hand them out. */
@Injectable()
export class UserReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Two statements: the page and the total. */
  async getPage(criteria: UserPageCriteria): Promise<UserPage> {
    const query = this.dataSource.manager.createQueryBuilder(BackOfficeUserEntity, 'u');
    const { email, role, isActive } = criteria.filter;
    if (email !== undefined && email.trim() !== '') {
      query.andWhere('u.email LIKE :email', { email: containsPattern(normalizeEmail(email)) });
    }
    if (role !== undefined) {
      query.andWhere(':role = ANY(u.roles)', { role });
    }
    if (isActive !== undefined) {
      query.andWhere('u.isActive = :isActive', { isActive });
    }
    for (const sort of criteria.sort) {
      query.addOrderBy(`u.${SORT_COLUMNS[sort.field]}`, sort.direction === 'asc' ? 'ASC' : 'DESC');
    }
    query.addOrderBy('u.id', 'ASC').offset(criteria.offset).limit(criteria.limit);
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map(toUserTransfer), total };
  }

  /** Null for an id that is not a uuid (it cannot exist). */
  findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BackOfficeUserEntity | null> {
    return isUuid(id) ? manager.findOneBy(BackOfficeUserEntity, { id }) : Promise.resolve(null);
  }

  findByEmail(email: string): Promise<BackOfficeUserEntity | null> {
    return this.dataSource.manager.findOneBy(BackOfficeUserEntity, { email: normalizeEmail(email) });
  }
}
