import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const DEV_SECRET = 'koers-dev-secret-niet-voor-productie-gebruiken';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'ja'].includes(String(value).toLowerCase()) ? true : ['0', 'false', 'no', 'nee'].includes(String(value).toLowerCase()) ? false : value;

/**
 * All configuration, from environment variables, validated once at start.
 * The README lists every variable; `sensitive` ones are never logged.
 */
export class AppConfig {
  /** development (default), production or test. */
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** HTTP port for API and web app together. */
  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** Interface to listen on. 127.0.0.1 by default; 0.0.0.0 in a container. */
  @IsString()
  HOST = '127.0.0.1';

  /** The address users reach Koers on; used in activation links. https turns on Secure cookies and HSTS. */
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  /** PostgreSQL connection URL (sensitive). When unset, an embedded PostgreSQL is started. */
  @IsOptional() @IsString()
  DATABASE_URL?: string;

  /** Folder for the embedded PostgreSQL data and the instance lock. */
  @IsString()
  DATA_DIR = '.data';

  /** Folder with the werkwijzer content (content/werkwijzer); validated at start, a broken file stops the start. */
  @IsString() @MinLength(1)
  CONTENT_DIR = 'content/werkwijzer';

  /** Port of the embedded PostgreSQL (never 5432, which a system PostgreSQL may use). */
  @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** Secret for keyed hashes of session and invitation tokens (sensitive, at least 32 characters). */
  @IsString() @MinLength(32)
  SECRET_KEY = DEV_SECRET;

  /** Load the demo teams, accounts and cases (default: on, except in production where it is refused). */
  @Transform(toBool) @IsBoolean()
  DEMO_DATA = true;

  /** Minutes of inactivity after which a session ends. */
  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /** Hours after login after which a session ends regardless of activity. */
  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 7)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Failed logins for one account within the lock window before logins answer 429. */
  @Transform(toInt) @IsInt() @Min(1) @Max(100)
  LOGIN_MAX_FAILURES = 5;

  /** Minutes a login stays locked after too many failures. */
  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 60)
  LOGIN_LOCK_MINUTES = 15;

  /** Hours an invitation (activation link) stays valid. */
  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 30)
  INVITATION_VALID_HOURS = 72;

  /** Hours a "nieuw wachtwoord kiezen" link stays valid (shorter than an activation link: the account already holds data). */
  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 7)
  PASSWORD_RESET_VALID_HOURS = 24;

  /** pino log level. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Trust X-Forwarded-* from a reverse proxy (for the client IP and https). */
  @Transform(toBool) @IsBoolean()
  TRUST_PROXY = false;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/$/, '');
  }

  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws a ConfigError that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(new AppConfig())) {
    if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  }
  if (env.DATABASE_URL) raw.DATABASE_URL = env.DATABASE_URL;
  if (env.PUBLIC_URL) raw.PUBLIC_URL = env.PUBLIC_URL;
  // Demo data is opt-in in production (and then refused below).
  if (raw.NODE_ENV === 'production' && raw.DEMO_DATA === undefined) raw.DEMO_DATA = 'false';

  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { forbidUnknownValues: true }).map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')} (waarde: ${JSON.stringify(SENSITIVE.has(e.property) ? '***' : e.value)})`,
  );
  if (config.isProduction) {
    if (config.DEMO_DATA) problems.push('DEMO_DATA: demodata is niet toegestaan in productie (NODE_ENV=production)');
    if (config.SECRET_KEY === DEV_SECRET) problems.push('SECRET_KEY: stel een eigen geheime sleutel in voor productie');
    if (!config.DATABASE_URL) problems.push('DATABASE_URL: productie gebruikt geen ingebouwde PostgreSQL; geef een DATABASE_URL');
  }
  if (problems.length) {
    throw new ConfigError(`Ongeldige configuratie:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

const SENSITIVE = new Set(['DATABASE_URL', 'SECRET_KEY']);
