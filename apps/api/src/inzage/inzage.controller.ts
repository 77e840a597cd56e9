import type { AccessLogPage } from '@koers/contracts';
import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { AccessLogQueryDto } from './inzage.dto';
import { type InzageFile, InzageService } from './inzage.service';

/** Sends an export as a download with a safe file name. */
function download(res: Response, file: InzageFile): StreamableFile {
  const safe = file.fileName.replace(/[^A-Za-z0-9._-]+/g, '-');
  res.set({ 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${safe}"`, 'Cache-Control': 'no-store' });
  return new StreamableFile(file.body);
}

/** Inzage (AVG art. 15): everything Koers holds about a jongere, and who looked at their dossier. */
@ApiTags('inzage')
@Controller()
export class InzageController {
  constructor(private readonly inzage: InzageService) {}

  @Get('me/inzage')
  @Access.roles('jongere')
  @ApiProduces('application/json')
  @ApiOperation({ summary: 'Alles wat Koers over mij bewaart, als bestand (JSON)' })
  async ownJson(@CurrentAuthUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return download(res, await this.inzage.exportOwn(user, 'json'));
  }

  @Get('me/inzage.pdf')
  @Access.roles('jongere')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Alles wat Koers over mij bewaart, als PDF' })
  async ownPdf(@CurrentAuthUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return download(res, await this.inzage.exportOwn(user, 'pdf'));
  }

  @Get('me/access-log')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Wie keek er in mijn dossier of veranderde iets: nieuwste eerst (keyset-paginering)' })
  accessLog(@CurrentAuthUser() user: AuthUser, @Query() query: AccessLogQueryDto): Promise<AccessLogPage> {
    return this.inzage.accessLog(user, query);
  }

  @Get('cases/:caseId/inzage')
  @Access.roles('klantmanager', 'teamleider')
  @ApiProduces('application/json')
  @ApiOperation({ summary: 'Inzageverzoek beantwoorden (contactpersoon of teamleider): alles over de jongere als bestand (JSON)' })
  async caseJson(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return download(res, await this.inzage.exportForCase(user, p.caseId, 'json'));
  }

  @Get('cases/:caseId/inzage.pdf')
  @Access.roles('klantmanager', 'teamleider')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Inzageverzoek beantwoorden (contactpersoon of teamleider): alles over de jongere als PDF' })
  async casePdf(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return download(res, await this.inzage.exportForCase(user, p.caseId, 'pdf'));
  }
}
