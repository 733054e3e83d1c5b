import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getMetadataStorage } from 'class-validator';

import { listRoutes, type RouteInfo } from './routes';

export interface StringField {
  /** Property path from the body root, e.g. `['withdrawal', 'reason']`. */
  path: string[];
  /** Its `@MaxLength`, or null when the DTO sets none. */
  maxLength: number | null;
}

export interface BodyShape {
  /** The DTO class of the handler's whole-body `@Body()` parameter, if it has one. */
  dto: (new () => object) | null;
  /** String properties of that DTO and of its nested single-object DTOs (two levels). */
  strings: StringField[];
}

interface RouteArg {
  index: number;
  data?: unknown;
}

function controllersByName(app: NestFastifyApplication): Map<string, object> {
  const found = new Map<string, object>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const metatype = wrapper.metatype as { name: string } | null;
      if (metatype) found.set(metatype.name, metatype);
    }
  }
  return found;
}

/** The DTO class of the handler's whole `@Body()` (or `@Query()`) parameter, if it has one. */
function argDto(
  controller: object,
  handler: string,
  kind: RouteParamtypes.BODY | RouteParamtypes.QUERY,
): (new () => object) | null {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
    string,
    RouteArg
  >;
  const found = Object.entries(args).find(
    ([key, arg]) => key.startsWith(`${kind}:`) && arg.data === undefined,
  );
  if (!found) return null;
  const prototype = (controller as { prototype: object }).prototype;
  const types = (Reflect.getMetadata('design:paramtypes', prototype, handler) ?? []) as unknown[];
  const type = types[found[1].index];
  const plain = [Object, Array, String, Number, Boolean, undefined];
  return plain.includes(type as never) ? null : (type as new () => object);
}

interface PropertyFacts {
  isString: boolean;
  maxLength: number | null;
  nested: boolean;
}

function propertyFacts(dto: new () => object): Map<string, PropertyFacts> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const facts = new Map<string, PropertyFacts>();
  for (const meta of metas) {
    const entry = facts.get(meta.propertyName) ?? {
      isString: false,
      maxLength: null,
      nested: false,
    };
    if (meta.name === 'isString' && !meta.each) entry.isString = true;
    if (meta.name === 'maxLength' && !meta.each) {
      entry.maxLength = Number((meta.constraints as unknown[])[0]);
    }
    if (meta.type === 'nestedValidation' && !meta.each) entry.nested = true;
    facts.set(meta.propertyName, entry);
  }
  return facts;
}

const NOT_CLASSES: unknown[] = [Object, Array, String, Number, Boolean, Date, undefined];

function stringFields(dto: new () => object, prefix: string[] = []): StringField[] {
  const fields: StringField[] = [];
  const nested: StringField[] = [];
  for (const [name, facts] of propertyFacts(dto)) {
    const type: unknown = Reflect.getMetadata('design:type', dto.prototype, name);
    const path = [...prefix, name];
    if (facts.isString || facts.maxLength !== null || type === String) {
      fields.push({ path, maxLength: facts.maxLength });
    } else if (facts.nested && !NOT_CLASSES.includes(type) && prefix.length < 2) {
      nested.push(...stringFields(type as new () => object, path));
    }
  }
  return [...fields, ...nested];
}

/** The body DTO of a route (by controller and handler name), read from Nest's metadata. */
export function bodyShapes(app: NestFastifyApplication): (c: string, h: string) => BodyShape {
  const controllers = controllersByName(app);
  return (controllerName, handler) => {
    const controller = controllers.get(controllerName);
    const dto = controller ? argDto(controller, handler, RouteParamtypes.BODY) : null;
    return { dto, strings: dto ? stringFields(dto) : [] };
  };
}

/** The names of the query parameters a route's `@Query()` DTO declares (none without one). */
export function queryFields(app: NestFastifyApplication): (c: string, h: string) => string[] {
  const controllers = controllersByName(app);
  return (controllerName, handler) => {
    const controller = controllers.get(controllerName);
    const dto = controller ? argDto(controller, handler, RouteParamtypes.QUERY) : null;
    return dto ? [...propertyFacts(dto).keys()] : [];
  };
}

/** A module class, a dynamic module (`{ module, imports, controllers }`) or a forward ref. */
type ModuleRef = Type | DynamicModule | ForwardReference<() => ModuleRef>;

/** The controllers a module declares and the modules it imports (decorator and dynamic parts). */
function partsOf(ref: Type | DynamicModule): { controllers: Type[]; imports: unknown[] } {
  const dynamic: Partial<DynamicModule> = 'module' in ref ? ref : {};
  const type = dynamic.module ?? (ref as Type);
  const metadata = (key: string) => (Reflect.getMetadata(key, type) ?? []) as unknown[];
  return {
    controllers: [...metadata('controllers'), ...(dynamic.controllers ?? [])] as Type[],
    imports: [...metadata('imports'), ...(dynamic.imports ?? [])],
  };
}

function controllersOf(root: ModuleRef): Set<Type> {
  const found = new Set<Type>();
  const seen = new Set<unknown>();
  const visit = (ref: unknown): void => {
    if (!ref || seen.has(ref) || ref instanceof Promise) return;
    seen.add(ref);
    const module = ref as ModuleRef;
    if ('forwardRef' in module) return visit(module.forwardRef());
    const { controllers, imports } = partsOf(module);
    for (const controller of controllers) found.add(controller);
    for (const imported of imports) visit(imported);
  };
  visit(root);
  return found;
}

/**
 * The routes of a module tree read from its decorators alone, before any application exists
 * (jest needs `it.each` tables when the file loads). Same lister as a running app's routes.
 */
export function routesOfModule(root: ModuleRef): RouteInfo[] {
  const controllers = new Map([...controllersOf(root)].map((c) => [c, { metatype: c }]));
  const container = new Map([['static', { controllers }]]);
  return listRoutes({ get: () => container } as unknown as NestFastifyApplication);
}
