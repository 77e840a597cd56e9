import type { AppNotification, MarkAllNotificationsReadResult, NotificationPage, UnreadNotificationCount } from '@koers/contracts';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { NotificationIdParamDto, NotificationListQueryDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('meldingen')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access.authenticated()
  @ApiOperation({ summary: 'Mijn meldingen, nieuwste eerst (ook alleen ongelezen)' })
  list(@CurrentAuthUser() user: AuthUser, @Query() query: NotificationListQueryDto): Promise<NotificationPage> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @Access.authenticated()
  @ApiOperation({ summary: 'Aantal ongelezen meldingen (de bel)' })
  unreadCount(@CurrentAuthUser() user: AuthUser): Promise<UnreadNotificationCount> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @Access.authenticated()
  @ApiOperation({ summary: 'Alle meldingen als gelezen markeren' })
  readAll(@CurrentAuthUser() user: AuthUser): Promise<MarkAllNotificationsReadResult> {
    return this.notifications.markAllRead(user);
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @Access.authenticated()
  @ApiOperation({ summary: 'Een melding als gelezen markeren' })
  read(@CurrentAuthUser() user: AuthUser, @Param() params: NotificationIdParamDto): Promise<AppNotification> {
    return this.notifications.markRead(user, params.notificationId);
  }
}
