import { type DynamicModule, Global, Module } from '@nestjs/common';

import { Clock, SystemClock } from '../common/time/clock';
import { AppConfig } from './app-config';

export interface CoreProvidersOptions {
  config: AppConfig;
  clock?: Clock;
}

/** Global providers every module may inject: the typed AppConfig and the Clock. */
@Global()
@Module({})
export class CoreConfigModule {
  static register(options: CoreProvidersOptions): DynamicModule {
    return {
      module: CoreConfigModule,
      providers: [
        { provide: AppConfig, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
