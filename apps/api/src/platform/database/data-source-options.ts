import type { DataSourceOptions } from 'typeorm';
import { InvitationEntity } from '../../accounts/invitation.entity';
import { TeamEntity } from '../../accounts/team.entity';
import { UserEntity } from '../../accounts/user.entity';
import { LoginThrottleEntity } from '../auth/login-throttle.entity';
import { SessionEntity } from '../auth/session.entity';
import { Accounts1764000000000 } from './migrations/1764000000000-accounts';
import { Cases1764100000000 } from './migrations/1764100000000-cases';
import { PlanLineage1764230000000 } from './migrations/1764230000000-plan-lineage';
import { Handovers1764500000000 } from './migrations/1764500000000-handovers';
import { Werkwijzer1764600000000 } from './migrations/1764600000000-werkwijzer';
import { YouthContributions1764700000000 } from './migrations/1764700000000-youth-contributions';
import { SelfCheck1764800000000 } from './migrations/1764800000000-self-check';
import { YouthSteps1764900000000 } from './migrations/1764900000000-youth-steps';
import { HandoverYouthConfirmation1764910000000 } from './migrations/1764910000000-handover-youth-confirmation';
import { AccessLogIndex1764920000000 } from './migrations/1764920000000-access-log-index';
import { YouthProposalDecisions1764930000000 } from './migrations/1764930000000-youth-proposal-decisions';
import { HandoverSettingsVersion1764940000000 } from './migrations/1764940000000-handover-settings-version';
import { StaffWorkPhone1764950000000 } from './migrations/1764950000000-staff-work-phone';
import { ProposalCaseIndex1764970000000 } from './migrations/1764970000000-proposal-case-index';
import { PasswordReset1764990000000 } from './migrations/1764990000000-password-reset';
import { InternalContactLookupIndex1765010000000 } from './migrations/1765010000000-internal-contact-lookup-index';

/** Every entity, listed explicitly (no globs: the same list works from sources, tests and the build). */
export const ENTITIES = [TeamEntity, UserEntity, InvitationEntity, SessionEntity, LoginThrottleEntity];

/** Every migration, in order. Never edit a released migration; add a new one. */
export const MIGRATIONS = [Accounts1764000000000, Cases1764100000000, PlanLineage1764230000000, Handovers1764500000000, Werkwijzer1764600000000, YouthContributions1764700000000, SelfCheck1764800000000, YouthSteps1764900000000, HandoverYouthConfirmation1764910000000, AccessLogIndex1764920000000, YouthProposalDecisions1764930000000, HandoverSettingsVersion1764940000000, StaffWorkPhone1764950000000, ProposalCaseIndex1764970000000, PasswordReset1764990000000, InternalContactLookupIndex1765010000000];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // A statement that runs longer than this is a bug or an overload: fail it instead of piling up.
      statement_timeout: 30_000,
      application_name: 'koers',
    },
  };
}
