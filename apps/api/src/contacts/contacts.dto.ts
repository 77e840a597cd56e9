import {
  CONTACT_KINDS,
  CONTACT_NOTE_MAX,
  type ContactKind,
  type ContactMomentListQuery,
  type CreateContactMomentRequest,
  NO_CONTACT_WEEKS_MAX,
  NO_CONTACT_WEEKS_MIN,
  type UpdateTeamSettingsRequest,
} from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../platform/database/page-query.dto';

/** Optional text: surrounding spaces go, and an empty text means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const DATE_TIME_MESSAGE = 'Vul een geldige datum en tijd in, met tijdzone (zoals 2027-03-12T14:30:00+01:00).';

export class ContactMomentListQueryDto extends PageQueryDto implements ContactMomentListQuery {}

export class CreateContactMomentDto implements CreateContactMomentRequest {
  @ApiProperty({ example: '2027-03-12T14:30:00+01:00', description: 'Wanneer het contact was; niet in de toekomst' })
  @IsISO8601({ strict: true }, { context: { message: DATE_TIME_MESSAGE } })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/, { context: { message: DATE_TIME_MESSAGE } })
  occurredAt!: string;

  @ApiProperty({ enum: CONTACT_KINDS })
  @IsIn(CONTACT_KINDS, { context: { message: 'Kies hoe het contact was: face-to-face, telefoon, WhatsApp, video, e-mail of anders.' } })
  kind!: ContactKind;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Korte notitie' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(CONTACT_NOTE_MAX)
  note?: string | null;

  @ApiPropertyOptional({ description: 'Alleen voor medewerkers; de jongere ziet dit contactmoment niet', default: false })
  @IsOptional() @IsBoolean()
  internal?: boolean;
}

export class TeamIdParamDto {
  @IsUUID()
  teamId!: string;
}

export class UpdateTeamSettingsDto implements UpdateTeamSettingsRequest {
  @ApiProperty({ minimum: NO_CONTACT_WEEKS_MIN, maximum: NO_CONTACT_WEEKS_MAX, description: 'Signaal "lang geen contact" na dit aantal weken' })
  @IsInt({ context: { message: `Kies een heel aantal weken, van ${NO_CONTACT_WEEKS_MIN} tot en met ${NO_CONTACT_WEEKS_MAX}.` } })
  @Min(NO_CONTACT_WEEKS_MIN, { context: { message: `Kies een aantal weken van ${NO_CONTACT_WEEKS_MIN} tot en met ${NO_CONTACT_WEEKS_MAX}.` } })
  @Max(NO_CONTACT_WEEKS_MAX, { context: { message: `Kies een aantal weken van ${NO_CONTACT_WEEKS_MIN} tot en met ${NO_CONTACT_WEEKS_MAX}.` } })
  noContactWeeks!: number;
}
