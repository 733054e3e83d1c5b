import { loadAppConfig } from './app-config';
import { ConfigError } from './env.validation';
import { parseTrustProxy, TRUST_PROXY_PATTERN } from './trust-proxy';

describe('TRUST_PROXY (who may set the client address through X-Forwarded-For)', () => {
  it('trusts no proxy by default', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(loadAppConfig({}, '/').trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: '' }, '/').trustProxy).toBe(false);
  });

  it('takes false, true or a list of proxy addresses', () => {
    expect(loadAppConfig({ TRUST_PROXY: 'false' }, '/').trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: 'true' }, '/').trustProxy).toBe(true);
    expect(loadAppConfig({ TRUST_PROXY: '10.0.0.2, 10.0.1.0/24,::1' }, '/').trustProxy).toEqual([
      '10.0.0.2',
      '10.0.1.0/24',
      '::1',
    ]);
    expect(loadAppConfig({ TRUST_PROXY: 'loopback' }, '/').trustProxy).toEqual(['loopback']);
  });

  it('refuses anything else at boot, hop counts included (Fastify 5 ignores them), naming the variable', () => {
    for (const bad of [
      'yes',
      '0',
      'proxy.example.vn',
      '10.0.0.2;rm',
      '1,2,',
      '1,2',
      '10.0.0',
      '1',
    ]) {
      expect(TRUST_PROXY_PATTERN.test(bad)).toBe(false);
      expect(() => loadAppConfig({ TRUST_PROXY: bad }, '/')).toThrow(ConfigError);
      expect(() => loadAppConfig({ TRUST_PROXY: bad }, '/')).toThrow(/TRUST_PROXY/);
    }
  });
});
