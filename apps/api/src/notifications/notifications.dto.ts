import type { NotificationListQuery } from '@koers/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../platform/database/page-query.dto';

const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);

export class NotificationListQueryDto extends PageQueryDto implements NotificationListQuery {
  @ApiPropertyOptional({ description: 'Alleen ongelezen meldingen' })
  @IsOptional() @Transform(toBool) @IsBoolean()
  unread?: boolean;
}

export class NotificationIdParamDto {
  @IsUUID()
  notificationId!: string;
}
