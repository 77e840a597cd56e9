import { type CreateMilestoneRequest, MILESTONE_CERTIFICATE_NAME_MAX, MILESTONE_NOTE_MAX, MILESTONE_TITLE_MAX, type MilestoneListQuery } from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../platform/database/page-query.dto';

const DATE_MESSAGE = { context: { message: 'Vul een geldige datum in (JJJJ-MM-DD).' } };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Optional text: surrounding spaces go, and an empty text means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class MilestoneParamsDto {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  milestoneId!: string;
}

export class MilestoneListQueryDto extends PageQueryDto implements MilestoneListQuery {}

export class CreateMilestoneDto implements CreateMilestoneRequest {
  @ApiProperty({ example: 'Eerste week bij de bakker' })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Geef de mijlpaal een titel.' } }) @MaxLength(MILESTONE_TITLE_MAX)
  title!: string;

  @ApiProperty({ example: '2027-03-12', description: 'Vandaag of eerder' })
  @IsISO8601({ strict: true }, DATE_MESSAGE) @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE)
  achievedOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Lineage-id van een doel van dit traject' })
  @IsOptional() @IsUUID()
  goalLineageId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Heftruckcertificaat', description: 'Vaardigheid of cursus; maakt de mijlpaal printbaar als certificaat' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(MILESTONE_CERTIFICATE_NAME_MAX)
  certificateName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(MILESTONE_NOTE_MAX)
  note?: string | null;
}
