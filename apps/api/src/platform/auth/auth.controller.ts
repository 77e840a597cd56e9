import type { InvitationPreview, PasswordResetPreview, SessionResponse } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from './access.decorator';
import { ActivateInvitationDto, InvitationTokenDto, LoginDto, ResetPasswordDto } from './auth.dto';
import type { AuthenticatedRequest, AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { LocalAuthGuard } from './local-auth.guard';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Access.public()
  @UseGuards(LocalAuthGuard)
  @ApiOperation({ summary: 'Inloggen met e-mail en wachtwoord; zet de sessiecookie.' })
  async login(@Body() _body: LoginDto, @Req() req: AuthenticatedRequest & { user: AuthUser }, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    return this.startSession(req.user, req, res);
  }

  @Post('logout')
  @HttpCode(204)
  @Access.authenticated()
  @ApiOperation({ summary: 'Uitloggen: beëindigt de sessie op de server.' })
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.destroy(req.auth!.session.tokenHash);
    this.sessions.clearCookie(res);
  }

  @Get('session')
  @Access.authenticated()
  @ApiOperation({ summary: 'De huidige gebruiker en het CSRF-token.' })
  session(@Req() req: AuthenticatedRequest): SessionResponse {
    return this.sessions.toResponse(req.auth!.user, req.auth!.session);
  }

  @Post('activation/preview')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Controleert een activatielink en geeft de naam van de jongere.' })
  preview(@Body() body: InvitationTokenDto): Promise<InvitationPreview> {
    return this.auth.previewInvitation(body.token);
  }

  @Post('activation')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Activeert een uitnodiging: de jongere kiest een wachtwoord en is daarna ingelogd.' })
  async activate(@Body() body: ActivateInvitationDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const user = await this.auth.activate(body.token, body.password);
    return this.startSession(user, req, res);
  }

  @Post('password-reset/preview')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Controleert een link "nieuw wachtwoord kiezen" en geeft de naam van het account, en of het van een jongere of een medewerker is.' })
  previewPasswordReset(@Body() body: InvitationTokenDto): Promise<PasswordResetPreview> {
    return this.auth.previewPasswordReset(body.token);
  }

  @Post('password-reset')
  @HttpCode(204)
  @Access.public()
  @ApiOperation({ summary: 'Zet een nieuw wachtwoord met een eenmalige link; beëindigt alle sessies van het account. Daarna inloggen met het nieuwe wachtwoord.' })
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(body.token, body.password);
  }

  private async startSession(user: AuthUser, req: AuthenticatedRequest, res: Response): Promise<SessionResponse> {
    // A session cookie sent along (an earlier login) is ended: always a fresh session id.
    const previous = req.cookies?.[this.sessions.cookieName] as string | undefined;
    if (previous) await this.sessions.destroyByToken(previous);
    const { token, session } = await this.sessions.create(user, req.ip);
    this.sessions.setCookie(res, token, session);
    return this.sessions.toResponse(user, session);
  }
}
