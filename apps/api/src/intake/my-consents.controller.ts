import type { Consent, MyConsents } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { GiveMyConsentDto, MyConsentParamDto } from './intake.dto';
import { IntakeService } from './intake.service';

/** The jongere gives or withdraws consent for special-category data themself. Always their own data; anything else is 404. */
@ApiTags('mijn plan')
@Controller('me/consents')
export class MyConsentsController {
  constructor(private readonly intake: IntakeService) {}

  @Get()
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Mijn toestemmingen: per doel een uitleg in gewone woorden en of je toestemming hebt gegeven' })
  list(@CurrentAuthUser() user: AuthUser): Promise<MyConsents> {
    return this.intake.myConsents(user);
  }

  @Post()
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Zelf toestemming geven (vastgelegd als gegeven via de eigen inlog)' })
  give(@CurrentAuthUser() user: AuthUser, @Body() body: GiveMyConsentDto): Promise<Consent> {
    return this.intake.giveMyConsent(user, body.purpose);
  }

  @Post(':consentId/withdraw')
  @HttpCode(200)
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Zelf je toestemming intrekken: wat ermee is vastgelegd wordt gewist' })
  withdraw(@CurrentAuthUser() user: AuthUser, @Param() params: MyConsentParamDto): Promise<Consent> {
    return this.intake.withdrawMyConsent(user, params.consentId);
  }
}
