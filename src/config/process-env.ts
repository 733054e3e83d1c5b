import { type AppConfig, loadAppConfig } from './app-config';

/** The only place that reads process.env. */
export function loadAppConfigFromProcess(): AppConfig {
  return loadAppConfig(process.env, process.cwd());
}
