import {
  FIGURE_KEYS,
  type FigureKey,
  type FigureMeasure,
  type FigureUnit,
  figureMeasure,
  figureUnit,
  type StatisticsSummary,
} from '../domain/summary-shape';
import { figureOf } from '../summary/assemble-summary';
import { figureDefinition } from './figure-definitions';
import type { FigureSource } from './figure-sources';

/** Module list endpoints that take `?figure=` (the same records as `href`, as full list items). */
const LIST_ENDPOINTS: Partial<Record<FigureSource, string>> = {
  petitions: '/api/v1/petitions',
  visits: '/api/v1/reception/visits',
  complaints: '/api/v1/complaints',
  denunciations: '/api/v1/denunciations',
};

export interface FigureLink {
  readonly key: FigureKey;
  readonly value: number | string;
  readonly unit: FigureUnit;
  readonly measure: FigureMeasure;
  /** The list of exactly the records counted (GET …/statistics/figures/{key}/records). */
  readonly href: string;
  /** The module's own list filtered to the same records, where one exists (else null). */
  readonly listHref: string | null;
}

/** The scope a drilled list must repeat: the resolved dates and the agency. */
export interface LinkScope {
  readonly from: string;
  readonly to: string;
  readonly agencyId: string;
}

export function figureHref(key: FigureKey, scope: LinkScope): string {
  const query = new URLSearchParams({ from: scope.from, to: scope.to, agencyId: scope.agencyId });
  return `/api/v1/statistics/figures/${encodeURIComponent(key)}/records?${query.toString()}`;
}

export function figureListHref(key: FigureKey, scope: LinkScope): string | null {
  const endpoint = LIST_ENDPOINTS[figureDefinition(key).source];
  if (endpoint === undefined) return null;
  const query = new URLSearchParams({ figure: key, ...scope });
  return `${endpoint}?${query.toString()}`;
}

/** Every drillable figure of a summary with its link (DESIGN §5). Pure. */
export function figureLinks(summary: StatisticsSummary): FigureLink[] {
  const scope = { from: summary.period.from, to: summary.period.to, agencyId: summary.agency.id };
  return FIGURE_KEYS.map((key) => ({
    key,
    value: figureOf(summary, key),
    unit: figureUnit(key),
    measure: figureMeasure(key),
    href: figureHref(key, scope),
    listHref: figureListHref(key, scope),
  }));
}
