import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, In, Repository } from 'typeorm';

import { encodeCursor, type Page, toPage } from '../common/http/page';
import { decodeTextIdCursor } from '../common/pagination/keyset';
import { OfficerEntity } from './officer.entity';

export interface OfficerListFilter {
  /** null = every agency (admin); otherwise the agencies the viewer may see. */
  agencyIds: string[] | null;
  limit: number;
  cursor?: string;
  search?: string;
}

@Injectable()
export class OfficersRepository {
  constructor(@InjectRepository(OfficerEntity) private readonly repo: Repository<OfficerEntity>) {}

  findByUsername(username: string): Promise<OfficerEntity | null> {
    return this.repo.findOneBy({ username });
  }

  findById(id: string, manager?: EntityManager): Promise<OfficerEntity | null> {
    return (manager ?? this.repo.manager).findOneBy(OfficerEntity, { id });
  }

  async insert(manager: EntityManager, values: Partial<OfficerEntity>): Promise<OfficerEntity> {
    const result = await manager.insert(OfficerEntity, values);
    const id = (result.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(OfficerEntity, { id });
  }

  /** Keyset pagination by (username, id); scope filtered in SQL; 400 naming `cursor` if foreign. */
  async list(filter: OfficerListFilter): Promise<Page<OfficerEntity>> {
    const after = decodeTextIdCursor(filter.cursor);
    const qb = this.repo.createQueryBuilder('o').orderBy('o.username').addOrderBy('o.id');
    if (filter.agencyIds) qb.andWhere({ agencyId: In(filter.agencyIds) });
    if (filter.search) {
      qb.andWhere('(o.username ILIKE :q OR o.full_name ILIKE :q)', {
        q: `%${escapeLike(filter.search)}%`,
      });
    }
    if (after) {
      const [u, id] = after;
      qb.andWhere(new Brackets((w) => w.where('(o.username, o.id) > (:u, :id)', { u, id })));
    }
    const rows = await qb.limit(filter.limit + 1).getMany();
    return toPage(rows, filter.limit, (o) => encodeCursor([o.username, o.id]));
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
