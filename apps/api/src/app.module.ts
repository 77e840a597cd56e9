import { existsSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { CasesModule } from './cases/cases.module';
import { ContactsModule } from './contacts/contacts.module';
import { HandoversModule } from './handovers/handovers.module';
import { IntakeModule } from './intake/intake.module';
import { InzageModule } from './inzage/inzage.module';
import { MilestonesModule } from './milestones/milestones.module';
import { MyPlanModule } from './my-plan/my-plan.module';
import { NetworkModule } from './network/network.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PlanModule } from './plan/plan.module';
import { AuditModule } from './platform/audit/audit.module';
import { AuthModule } from './platform/auth/auth.module';
import type { AppConfig } from './platform/config/app-config';
import { AppConfigModule } from './platform/config/config.module';
import { dataSourceOptions } from './platform/database/data-source-options';
import { HealthModule } from './platform/health/health.module';
import { LiveModule } from './platform/live/live.module';
import { loggerOptions } from './platform/logging/logger-options';
import { WerkwijzerModule } from './werkwijzer/werkwijzer.module';
import { SelfCheckModule } from './self-check/self-check.module';

export interface AppModuleOptions {
  databaseUrl: string;
  /** Folder with the built web app, served on the same port. Omitted in API-only tests. */
  webRoot?: string;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions): DynamicModule {
    const serveWeb =
      options.webRoot && existsSync(options.webRoot)
        ? [ServeStaticModule.forRoot({ rootPath: options.webRoot, exclude: ['/api', '/api/{*path}'], serveStaticOptions: { index: 'index.html', maxAge: '1h' } })]
        : [];
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl), retryAttempts: 3, retryDelay: 1_000 }),
        ...serveWeb,
        AuditModule,
        AuthModule,
        HealthModule,
        LiveModule,
        AccountsModule,
        CasesModule,
        MilestonesModule,
        ContactsModule,
        NetworkModule,
        IntakeModule,
        PlanModule,
        MyPlanModule,
        InzageModule,
        NotificationsModule,
        HandoversModule,
        WerkwijzerModule,
        SelfCheckModule,
      ],
    };
  }
}
