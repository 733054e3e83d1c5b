import type { AgencyTreeRow, SuccessionLinkRow } from './agency.repository';
import type { AgencyEntity } from './agency.entity';
import type {
  AgencyResponseDto,
  AgencyTreeItemDto,
  SuccessionLinkDto,
} from './dto/agency.response.dto';

export interface AgencyLinks {
  predecessors: SuccessionLinkRow[];
  successors: SuccessionLinkRow[];
}

export const NO_LINKS: AgencyLinks = { predecessors: [], successors: [] };

function toLink(row: SuccessionLinkRow): SuccessionLinkDto {
  return {
    agencyId: row.agencyId,
    code: row.code,
    name: row.name,
    kind: row.kind,
    effectiveOn: row.effectiveOn,
  };
}

/** Whitelist of the fields a client sees. */
export function toAgencyResponse(a: AgencyEntity, links: AgencyLinks): AgencyResponseDto {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    level: a.level,
    kind: a.kind,
    parentId: a.parentId,
    validFrom: a.validFrom,
    validTo: a.validTo,
    version: a.version,
    createdAt: new Date(a.createdAt).toISOString(),
    updatedAt: new Date(a.updatedAt).toISOString(),
    predecessors: links.predecessors.map(toLink),
    successors: links.successors.map(toLink),
  };
}

export function toAgencyTreeItem(row: AgencyTreeRow): AgencyTreeItemDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    kind: row.kind,
    parentId: row.parentId,
    depth: row.depth,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}
