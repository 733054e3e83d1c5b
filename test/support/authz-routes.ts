import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getMetadataStorage } from 'class-validator';

import type { AgencyRecords } from './authz-fixture';
import { listRoutes, type RouteInfo } from './routes';

/** A controller class (Nest's metadata is keyed by it). */
type Controller = abstract new (...args: never[]) => object;

// Which GET routes the authorization matrix covers and how it fills their parameters. A path
// parameter is either a resource of the fixture (RESOURCE_PARAMS) or a fixed value that names no
// record (FIXED_PARAMS); a route with any other parameter is "unresolved" and fails the matrix.

export interface MatrixRoute extends RouteInfo {
  /** `segment/:param` of every path parameter, e.g. `petitions/:id`. */
  params: string[];
  /** The route's query DTO declares `agencyId`. */
  takesAgencyId: boolean;
}

/** `segment/:param` → the fixture record it names (the path decides for nested resources). */
export const RESOURCE_PARAMS: Readonly<Record<string, (r: AgencyRecords, path: string) => string>> =
  {
    'agencies/:id': (r) => r.agency,
    'officers/:id': (r) => r.officer,
    'persons/:id': (r) => r.person,
    'visits/:id': (r) => r.visit,
    'sessions/:id': (r) => r.session,
    'petitions/:id': (r) => r.petition,
    'cases/:id': (r) => r.case,
    'case/:caseId': (r) => r.case,
    'complaints/:id': (r) => r.complaint,
    'denunciations/:id': (r) => r.denunciation,
    'decisions/:decisionId': (r) => r.decision,
    'progress/:entryId': (r) => r.progressEntry,
    'attachments/:attachmentId': (r, path) =>
      path.includes('/petitions/') ? r.petitionAttachment : r.enforcementAttachment,
  };

/** Parameters that name no record: one value that the fixture's records all have. */
export const FIXED_PARAMS: Readonly<Record<string, (path: string) => string>> = {
  // A document every fixture record can produce (proposal: every petition; acceptance notice:
  // accepted proceedings; receipt: a visit received for handling).
  'documents/:kind': (path) =>
    path.includes('/petitions/')
      ? 'proposal'
      : path.includes('/visits/')
        ? 'receipt'
        : 'acceptance-notice',
  'forms/:code': () => '01-tcd',
  'figures/:key': () => 'reception.visits',
};

/** Query parameters some GET routes require besides `agencyId` (period, dates, search terms). */
export function baseQuery(path: string): Record<string, string> {
  if (/\/(statistics|reports)\//.test(path)) return { period: '2026' };
  if (/\/reception\/(book|sessions\/compliance)$|\/enforcement\/figures$/.test(path)) {
    return { from: '2026-01-01', to: '2026-03-31' };
  }
  return {};
}

export const paramsOf = (path: string): string[] =>
  [...path.matchAll(/([^/]+)\/:(\w+)/g)].map((m) => `${m[1]}/:${m[2]}`);

/** Fills the path with `records`' ids (and the fixed values); null if a parameter is unknown. */
export function concretePath(route: MatrixRoute, records: AgencyRecords): string | null {
  let path = route.path;
  for (const key of route.params) {
    const resource = RESOURCE_PARAMS[key];
    const fixed = FIXED_PARAMS[key];
    const value = resource ? resource(records, route.path) : fixed?.(route.path);
    if (value === undefined) return null;
    path = path.replace(`/${key}`, `/${key.split('/')[0]}/${value}`);
  }
  return path;
}

/** Does the route name a fixture record (through a path parameter)? */
export const namesRecord = (route: MatrixRoute) =>
  route.params.some((key) => key in RESOURCE_PARAMS);

function queryDtoKeys(controller: Controller, handler: string): Set<string> {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
    string,
    { index: number }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ??
    []) as Controller[];
  const keys = new Set<string>();
  for (const [key, arg] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== Number(RouteParamtypes.QUERY)) continue;
    const dto = types[arg.index];
    if (!dto) continue;
    for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
      keys.add(m.propertyName);
    }
  }
  return keys;
}

/** Every registered, non-public GET route, with its parameters and whether it takes `agencyId`. */
export function listGetRoutes(app: NestFastifyApplication): MatrixRoute[] {
  const controllers = new Map<string, Controller>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as Controller | null;
      if (type) controllers.set(type.name, type);
    }
  }
  return listRoutes(app)
    .filter((r) => r.method === 'GET' && !r.isPublic)
    .map((r) => ({
      ...r,
      params: paramsOf(r.path),
      takesAgencyId: queryDtoKeys(controllers.get(r.controller)!, r.handler).has('agencyId'),
    }));
}
