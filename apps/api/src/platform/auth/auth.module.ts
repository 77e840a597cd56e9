import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { TokenHasher } from './token-hasher';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [
    TokenHasher,
    PasswordService,
    SessionService,
    LoginThrottleService,
    AuthService,
    LocalStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenHasher, PasswordService, SessionService],
})
export class AuthModule {}
