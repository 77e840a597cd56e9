import type { AccessLogQuery } from '@koers/contracts';
import { PageQueryDto } from '../platform/database/page-query.dto';

/** `?cursor=…&limit=…` for the jongere's access log. */
export class AccessLogQueryDto extends PageQueryDto implements AccessLogQuery {}
