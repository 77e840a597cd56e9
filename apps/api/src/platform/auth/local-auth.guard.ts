import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { DomainException, ErrorCode } from '../errors/domain.exception';
import { toFieldErrors } from '../errors/validation-messages';
import { LoginDto } from './auth.dto';

/** Runs the local passport strategy, after validating the body (guards run before pipes). */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const dto = plainToInstance(LoginDto, req.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw DomainException.validation(toFieldErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: TUser): TUser {
    if (err) throw err;
    if (!user) throw new DomainException(ErrorCode.InvalidCredentials, 401, 'Het e-mailadres of het wachtwoord klopt niet.');
    return user;
  }
}
