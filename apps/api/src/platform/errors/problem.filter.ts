import type { ProblemDetails } from '@koers/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { AuthenticatedRequest } from '../auth/auth-user';
import { DomainException, ErrorCode } from './domain.exception';

const TITLES: Record<number, string> = {
  400: 'Het verzoek is niet goed opgebouwd.',
  401: 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.',
  403: 'U heeft geen toegang tot dit onderdeel.',
  404: 'Deze pagina of dit onderdeel bestaat niet.',
  405: 'Deze handeling is hier niet mogelijk.',
  409: 'De gegevens zijn intussen door iemand anders gewijzigd.',
  413: 'Het verzoek is te groot.',
  415: 'Dit soort inhoud wordt niet ondersteund. Stuur JSON.',
  429: 'Te veel pogingen. Probeer het later opnieuw.',
  503: 'Koers is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.',
};

/** The generic titles in "je" words, for a jongere (see DomainExceptionOptions.informalTitle). */
const INFORMAL_TITLES: Record<number, string> = {
  401: 'Je bent niet ingelogd, of je bent te lang weg geweest. Log opnieuw in.',
  403: 'Dit kun je niet doen in Koers.',
  409: 'Iemand anders heeft dit net veranderd. Kijk nog een keer.',
  429: 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
  503: 'Koers werkt even niet. Probeer het over een paar minuten opnieuw.',
};

const CODES: Record<number, ErrorCode> = {
  400: ErrorCode.MalformedRequest,
  401: ErrorCode.NotAuthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.TooLarge,
  503: ErrorCode.DatabaseUnavailable,
};

/** PostgreSQL / network error codes that mean "the database is not reachable right now". */
const DB_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code ?? (error as { driverError?: { code?: string } }).driverError?.code;
  if (code && DB_UNAVAILABLE.has(code)) return true;
  return /Connection terminated|connection timeout|Connection refused|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error/i.test(
    error.message,
  );
}

/** Turns every error into one application/problem+json body. A 500 never shows internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.requestId = typeof req.id === 'string' ? req.id : undefined;
    if ((req as AuthenticatedRequest).auth?.user.role === 'jongere') {
      // Koers speaks to a jongere as "je": generic and standard titles have a plain variant.
      const informal = exception instanceof DomainException ? exception.options.informalTitle : problem.type === 'about:blank' ? INFORMAL_TITLES[problem.status] : undefined;
      if (informal) problem.title = informal;
    }

    if (problem.status >= 500) {
      const logged = exception instanceof Error ? { err: exception } : { exception: String(exception) };
      this.logger.error({ ...logged, requestId: problem.requestId, code: problem.code }, 'request failed');
    }
    if (exception instanceof DomainException && exception.options.headers) {
      for (const [k, v] of Object.entries(exception.options.headers)) res.setHeader(k, v);
    }
    if (res.headersSent) return;
    res.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainException) {
      return {
        type: `https://koers.nl/problemen/${exception.code.toLowerCase().replaceAll('_', '-')}`,
        title: exception.title,
        status: exception.status,
        code: exception.code,
        detail: exception.options.detail,
        errors: exception.options.errors,
        current: exception.options.current,
      };
    }
    if (exception instanceof HttpException) {
      const problem = this.generic(exception.getStatus());
      if ((exception.cause as { type?: string } | undefined)?.type === 'entity.parse.failed') problem.detail = 'De inhoud is geen geldige JSON.';
      return problem;
    }
    // body-parser errors (bad JSON, too large, bad charset) carry a status.
    const status = (exception as { status?: number; statusCode?: number } | null)?.status ?? (exception as { statusCode?: number } | null)?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const problem = this.generic(status);
      if ((exception as { type?: string }).type === 'entity.parse.failed') problem.detail = 'De inhoud is geen geldige JSON.';
      return problem;
    }
    if (isDatabaseUnavailable(exception)) return this.generic(503);
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (code === '22P02' || code === '22007' || code === '22008' || code === '22003') {
        return { ...this.generic(400), title: 'Een van de waarden heeft niet de juiste vorm.' };
      }
      if (code === '23505') return { ...this.generic(409), title: 'Dit bestaat al.' };
      if (code === '57014') return this.generic(503);
    }
    return {
      type: 'about:blank',
      title: 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, geef dan de foutcode door.',
      status: 500,
      code: ErrorCode.Internal,
    };
  }

  private generic(status: number): ProblemDetails {
    return {
      type: 'about:blank',
      title: TITLES[status] ?? (status < 500 ? TITLES[400] : 'Er ging iets mis aan onze kant.'),
      status,
      code: CODES[status] ?? (status < 500 ? ErrorCode.MalformedRequest : ErrorCode.Internal),
    };
  }
}
