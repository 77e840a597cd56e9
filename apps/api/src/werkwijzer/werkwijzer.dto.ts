import { FACTOR_MARK_NOTE_MAX, FACTOR_MARK_STATUSES, type FactorMarkStatus, type MarkFactorRequest } from '@koers/contracts';
import { WERKWIJZER_FACTOR_NUMBERS } from '@koers/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';

/** Optional text: surrounding spaces go, and an empty text means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class FactorParamsDto {
  @IsUUID()
  caseId!: string;

  @ApiProperty({ example: '4.17', description: 'Nummer van de succesfactor, 1.1 tot en met 7.31' })
  @IsIn(WERKWIJZER_FACTOR_NUMBERS, { context: { message: 'Kies een succesfactor van 1.1 tot en met 7.31.' } })
  factor!: string;
}

export class MarkFactorDto implements MarkFactorRequest {
  @ApiProperty({ enum: FACTOR_MARK_STATUSES })
  @IsIn(FACTOR_MARK_STATUSES, { context: { message: 'Kies toegepast of niet van toepassing (nvt).' } })
  status!: FactorMarkStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FACTOR_MARK_NOTE_MAX, description: 'Wat er is gedaan; verplicht bij toegepast' })
  @Transform(trimToNull)
  @ValidateIf((o: MarkFactorDto) => o.status === 'toegepast' || (o.note !== undefined && o.note !== null))
  @IsString({ context: { message: 'Schrijf kort op wat er is gedaan.' } })
  @IsNotEmpty({ context: { message: 'Schrijf kort op wat er is gedaan.' } })
  @MaxLength(FACTOR_MARK_NOTE_MAX)
  note?: string | null;
}
