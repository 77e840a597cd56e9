import type { Milestone, MilestonePage } from '@koers/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { pdfHeaders } from '../platform/pdf/pdf';
import { CreateMilestoneDto, MilestoneListQueryDto, MilestoneParamsDto } from './milestones.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('mijlpalen')
@Controller('cases/:caseId/milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Mijlpalen van een traject, nieuwste eerst (keyset-paginering)' })
  list(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Query() query: MilestoneListQueryDto): Promise<MilestonePage> {
    return this.milestones.list(user, params.caseId, query);
  }

  @Post()
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een mijlpaal vastleggen (contactpersoon), eventueel bij een doel en met certificaat' })
  create(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: CreateMilestoneDto): Promise<Milestone> {
    return this.milestones.create(user, params.caseId, body);
  }

  @Delete(':milestoneId')
  @HttpCode(204)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een mijlpaal verwijderen (contactpersoon; bij een vergissing)' })
  async remove(@CurrentAuthUser() user: AuthUser, @Param() params: MilestoneParamsDto): Promise<void> {
    await this.milestones.remove(user, params.caseId, params.milestoneId);
  }

  @Post(':milestoneId/seen')
  @HttpCode(200)
  @Access.roles('jongere')
  @ApiOperation({ summary: 'De jongere heeft de mijlpaal gezien (het feestje wordt één keer getoond)' })
  seen(@CurrentAuthUser() user: AuthUser, @Param() params: MilestoneParamsDto): Promise<Milestone> {
    return this.milestones.markSeen(user, params.caseId, params.milestoneId);
  }

  @Get(':milestoneId/certificate.pdf')
  @Access.roles('klantmanager', 'jongere')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Het certificaat als PDF (contactpersoon en jongere); alleen bij een mijlpaal met certificaat' })
  async certificate(@CurrentAuthUser() user: AuthUser, @Param() params: MilestoneParamsDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { fileName, pdf } = await this.milestones.certificate(user, params.caseId, params.milestoneId);
    res.set(pdfHeaders(fileName));
    return new StreamableFile(pdf);
  }
}
