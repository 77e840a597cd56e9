import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import type { AppConfig } from './platform/config/app-config';
import { DomainException } from './platform/errors/domain.exception';
import { ProblemFilter } from './platform/errors/problem.filter';
import { toFieldErrors } from './platform/errors/validation-messages';
import { assignRequestId } from './platform/logging/logger-options';
import { requestContext } from './platform/request/request-context';

/** Builds the Nest application with every cross-cutting concern; used by main.ts and by the tests. */
export async function createApp(config: AppConfig, options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bufferLogs: true,
    bodyParser: false,
    // Throw instead of process.exit on a start-up error, so callers (main, tests) decide.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  // Before anything else, so that even a body-parser error carries the request id.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = assignRequestId(req, res);
    requestContext.run({ requestId, ip: req.ip ?? null, user: null, sessionRef: null }, next);
  });

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => DomainException.validation(toFieldErrors(errors)),
    }),
  );
  app.useGlobalFilters(new ProblemFilter());

  if (!config.isProduction) {
    const doc = new DocumentBuilder()
      .setTitle('Koers API')
      .setDescription('Het plan van aanpak met jongeren. Fouten zijn application/problem+json.')
      .addCookieAuth('koers_session', { type: 'apiKey', in: 'cookie' }, 'session')
      .build();
    SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc));
  }
  return app;
}
