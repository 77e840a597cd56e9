import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DEMO_DATA: true, SESSION_IDLE_MINUTES: 30 });
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.secureCookies).toBe(false);
  });

  it('turns on secure cookies for an https public URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://koers.gemeente.nl/' }).secureCookies).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://koers.gemeente.nl/' }).publicUrl).toBe('https://koers.gemeente.nl');
  });

  it('refuses a bad value and names the variable', () => {
    expect(() => loadConfig({ PORT: 'drieduizend' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'drieduizend' })).toThrow(/PORT/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => loadConfig({ DEMO_DATA: 'misschien' })).toThrow(/DEMO_DATA/);
  });

  it('never prints a sensitive value in the error', () => {
    try {
      loadConfig({ SECRET_KEY: 'te-kort-geheim' });
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toMatch(/SECRET_KEY/);
      expect(String(e)).not.toContain('te-kort-geheim');
    }
  });

  it('refuses to start in production with demo data, the default secret or no database', () => {
    const prod = { NODE_ENV: 'production', SECRET_KEY: 'een-echt-geheim-van-minstens-32-tekens-lang', DATABASE_URL: 'postgres://db/koers' };
    expect(loadConfig(prod).DEMO_DATA).toBe(false);
    expect(() => loadConfig({ ...prod, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
    expect(() => loadConfig({ ...prod, SECRET_KEY: undefined })).toThrow(/SECRET_KEY/);
    expect(() => loadConfig({ ...prod, DATABASE_URL: undefined })).toThrow(/DATABASE_URL/);
  });
});
