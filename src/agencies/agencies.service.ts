import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Clock } from '../common/time/clock';
import { type AncestryRow, AgencyRepository } from './agency.repository';
import type { AgencyEntity } from './agency.entity';
import { toAgencyResponse, toAgencyTreeItem } from './agency.mapper';
import { agencyErrors } from './domain/agency-errors';
import type { AgencyResponseDto, AgencyTreeResponseDto } from './dto/agency.response.dto';

/** Reading the agency tree (reference data: every officer with agency.read sees all of it). */
@Injectable()
export class AgenciesService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly clock: Clock,
  ) {}

  /** The units in force on `asOf` (default: today in Việt Nam), depth-first. */
  async tree(asOf?: string): Promise<AgencyTreeResponseDto> {
    const day = asOf ?? this.clock.today();
    const rows = await this.agencies.treeAsOf(day);
    return { asOf: day, items: rows.map(toAgencyTreeItem) };
  }

  async get(id: string): Promise<AgencyResponseDto> {
    const agency = await this.agencies.findById(id);
    if (!agency) throw agencyErrors.notFound();
    return this.respond(agency);
  }

  /** The unit and the units above it, at most `levels` (the unit first); 404 when unknown. */
  async ancestry(id: string, levels: number): Promise<AncestryRow[]> {
    const rows = (await this.agencies.ancestries([id], levels)).get(id);
    if (!rows) throw agencyErrors.notFound();
    return rows;
  }

  /**
   * The chains above several units at once (each the unit first, at most `levels` rows), read
   * through `manager` when given; unknown units have no entry.
   */
  ancestries(
    ids: readonly string[],
    levels: number,
    manager?: EntityManager,
  ): Promise<Map<string, AncestryRow[]>> {
    return this.agencies.ancestries(ids, levels, manager);
  }

  /** The response of a unit with its predecessors and successors. */
  async respond(agency: AgencyEntity, manager?: EntityManager): Promise<AgencyResponseDto> {
    const [predecessors, successors] = await Promise.all([
      this.agencies.predecessorsOf(agency.id, manager),
      this.agencies.successorsOf(agency.id, manager),
    ]);
    return toAgencyResponse(agency, { predecessors, successors });
  }
}
