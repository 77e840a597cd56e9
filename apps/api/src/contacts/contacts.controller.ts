import type { ContactMoment, ContactMomentPage } from '@koers/contracts';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { ContactMomentListQueryDto, CreateContactMomentDto } from './contacts.dto';
import { ContactsService } from './contacts.service';

@ApiTags('contactmomenten')
@Controller('cases/:caseId/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Contactmomenten, nieuwste eerst (keyset-paginering); de jongere ziet geen interne momenten' })
  list(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Query() query: ContactMomentListQueryDto): Promise<ContactMomentPage> {
    return this.contacts.list(user, params.caseId, query);
  }

  @Post()
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een contactmoment vastleggen (contactpersoon); houdt "laatste contact" van het traject bij' })
  create(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: CreateContactMomentDto): Promise<ContactMoment> {
    return this.contacts.create(user, params.caseId, body);
  }
}
