import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { PERMISSION_KEY, PUBLIC_KEY } from '../../src/auth/auth.decorators';
import type { Permission } from '../../src/auth/permission';

export interface RouteInfo {
  controller: string;
  handler: string;
  method: string;
  path: string;
  permission: Permission | undefined;
  isPublic: boolean;
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

function methodsOf(prototype: object): string[] {
  return Object.getOwnPropertyNames(prototype).filter((name) => name !== 'constructor');
}

/** Every HTTP route the app registered, with its declared permission, from Nest's metadata. */
export function listRoutes(app: NestFastifyApplication, prefix = 'api/v1'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of methodsOf(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const read = (key: string): unknown =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        routes.push({
          controller: controller.name,
          handler: name,
          method: RequestMethod[method],
          path: join(prefix, base, path),
          permission: read(PERMISSION_KEY) as Permission | undefined,
          isPublic: read(PUBLIC_KEY) === true,
        });
      }
    }
  }
  return routes;
}
