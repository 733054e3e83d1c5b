import { loadAppConfig } from './app-config';
import { ConfigError } from './env.validation';

describe('loadAppConfig', () => {
  it('gives working defaults for a fresh machine (embedded database, port 3000)', () => {
    const config = loadAppConfig({}, '/srv/kntc');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toBe('/srv/kntc/data');
    expect(config.swaggerEnabled).toBe(true);
    expect(config.corsOrigins).toEqual([]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable and turns Swagger off in production', () => {
    const config = loadAppConfig(
      {
        NODE_ENV: 'production',
        PORT: '8080',
        JWT_SECRET: 'j'.repeat(32),
        AUDIT_KEY: 'a'.repeat(32),
        IDENTITY_KEY: 'i'.repeat(32),
        DATABASE_URL: 'postgres://kntc:pw@db:5432/kntc',
        CORS_ORIGINS: 'https://a.gov.vn, https://b.gov.vn',
        BODY_LIMIT_BYTES: '2048',
      },
      '/',
    );
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://kntc:pw@db:5432/kntc');
    expect(config.swaggerEnabled).toBe(false);
    expect(config.corsOrigins).toEqual(['https://a.gov.vn', 'https://b.gov.vn']);
    expect(config.bodyLimitBytes).toBe(2048);
    expect(config.identityKey).toBe('i'.repeat(32));
  });

  it('names every bad variable in one error', () => {
    const attempt = () =>
      loadAppConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' }, '/');
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('NODE_ENV');
    }
  });

  it('ignores unrelated and empty variables', () => {
    expect(loadAppConfig({ PATH: '/bin', PORT: '' }, '/').port).toBe(3000);
  });

  it('requires the token and audit keys in production, naming them', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' }, '/')).toThrow(/JWT_SECRET.*AUDIT_KEY/);
  });

  it('requires DATABASE_URL in production instead of starting the embedded PostgreSQL', () => {
    const keys = {
      JWT_SECRET: 'j'.repeat(32),
      AUDIT_KEY: 'a'.repeat(32),
      IDENTITY_KEY: 'i'.repeat(32),
    };
    const attempt = () => loadAppConfig({ NODE_ENV: 'production', ...keys }, '/');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      'Cấu hình không hợp lệ — kiểm tra biến môi trường: DATABASE_URL (bắt buộc)',
    );
    // outside production the embedded PostgreSQL stands in
    expect(loadAppConfig({ NODE_ENV: 'development', ...keys }, '/').databaseUrl).toBeNull();
  });

  it('names every missing production variable in one message', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' }, '/')).toThrow(
      'DATABASE_URL (bắt buộc), JWT_SECRET (bắt buộc), AUDIT_KEY (bắt buộc), IDENTITY_KEY hoặc IDENTITY_KEY_FILE (bắt buộc)',
    );
  });

  it('requires the identity vault key in production, and refuses a short one anywhere', () => {
    const keys = {
      JWT_SECRET: 'j'.repeat(32),
      AUDIT_KEY: 'a'.repeat(32),
      DATABASE_URL: 'postgres://kntc:pw@db:5432/kntc',
    };
    expect(() => loadAppConfig({ NODE_ENV: 'production', ...keys }, '/')).toThrow(/IDENTITY_KEY/);
    expect(() => loadAppConfig({ IDENTITY_KEY: 'short' }, '/')).toThrow(/IDENTITY_KEY/);
    expect(loadAppConfig({}, '/').identityKey).toBeNull();
  });

  it('refuses a short JWT secret', () => {
    expect(() => loadAppConfig({ JWT_SECRET: 'short' }, '/')).toThrow(/JWT_SECRET/);
  });
});
