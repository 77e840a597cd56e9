import type { HealthResponse } from '@koers/contracts';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access.decorator';

const VERSION = process.env.npm_package_version ?? '0.1.0';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Access.public()
  @ApiOperation({ summary: 'Status van de app en de database (200 of 503)' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const database = await this.ping();
    if (database === 'down') res.status(503);
    return { status: database === 'ok' ? 'ok' : 'degraded', app: 'ok', database, version: VERSION };
  }

  private async ping(): Promise<'ok' | 'down'> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timeout')), 2_000);
      });
      await Promise.race([this.db.query('SELECT 1'), timeout]);
      return 'ok';
    } catch {
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
