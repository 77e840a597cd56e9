export interface HealthResponse {
  status: 'ok' | 'degraded';
  app: 'ok';
  database: 'ok' | 'down';
  version: string;
}
