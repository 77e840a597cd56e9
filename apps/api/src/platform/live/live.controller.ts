import { Controller, Param, Req, Sse } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../../cases/case-access.service';
import { CaseIdParamDto } from '../../cases/cases.dto';
import { AuditService } from '../audit/audit.service';
import { Access } from '../auth/access.decorator';
import { type AuthenticatedRequest, type AuthUser, CurrentAuthUser } from '../auth/auth-user';
import { DomainException } from '../errors/domain.exception';
import { type LiveMessage, LiveEventsService } from './live-events.service';

/**
 * Server-sent events: "this part of the case changed" (no content), so an open page refetches it.
 * Access is checked at connect like any case route (404 when not allowed) and again at every heartbeat.
 */
@ApiTags('live')
@Controller()
export class LiveController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
  ) {}

  @Sse('cases/:caseId/events')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'Live: meldingen dat iets van dit traject is veranderd (zonder inhoud); event "change" of "ping". Jongere: alleen het eigen traject' })
  async caseEvents(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Req() req: AuthenticatedRequest): Promise<Observable<LiveMessage>> {
    const scope = await this.access.require(user, p.caseId, 'read', 'live.subscribe');
    return this.open(user, scope, req);
  }

  @Sse('me/events')
  @Access.roles('jongere')
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'Live: meldingen dat iets van mijn plan is veranderd (zonder inhoud)' })
  async myEvents(@CurrentAuthUser() user: AuthUser, @Req() req: AuthenticatedRequest): Promise<Observable<LiveMessage>> {
    // The same case as "Mijn plan": the open one, else the newest.
    const rows: { id: string }[] = await this.db.query(
      `SELECT c.id FROM youth_case c JOIN youth y ON y.id = c.youth_id WHERE y.user_id = $1
        ORDER BY (c.phase = 'afgesloten'), c.created_at DESC LIMIT 1`,
      [user.id],
    );
    if (!rows[0]) throw DomainException.notFound('Je plan');
    const scope = await this.access.require(user, rows[0].id, 'read', 'live.subscribe');
    return this.open(user, scope, req);
  }

  private async open(user: AuthUser, scope: CaseScope, req: AuthenticatedRequest): Promise<Observable<LiveMessage>> {
    await this.audit.record(this.db, { action: 'live.subscribe', objectType: 'case', objectId: scope.id, caseId: scope.id, youthId: scope.youthId });
    return this.live.stream(scope.id, { user, sessionHash: req.auth!.session.tokenHash });
  }
}
