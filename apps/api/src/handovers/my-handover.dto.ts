import { type ConfirmMyHandoverMeetingRequest, type GiveMyHandoverPreferenceRequest, MY_HANDOVER_LIMITS } from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** Optional text: surrounding spaces go, and an empty text means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const TOO_LONG = (n: number) => ({ context: { message: `Je tekst is te lang. Gebruik hoogstens ${n} tekens.` } });
const VERSION = { context: { message: 'Er ging iets mis met de versie. Laad de pagina opnieuw.' } };

/** Texts are written for the jongere: "je", B1. */
export class MyHandoverMeetingIdParamDto {
  @IsUUID(undefined, { context: { message: 'Dit gesprek bestaat niet.' } })
  meetingId!: string;
}

export class GiveMyHandoverPreferenceDto implements GiveMyHandoverPreferenceRequest {
  @ApiProperty({ type: String, nullable: true, description: 'Een van de mogelijke nieuwe klantmanagers, of null: maakt me niet uit' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID(undefined, { context: { message: 'Kies een van de klantmanagers, of "Maakt me niet uit".' } })
  candidateUserId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MY_HANDOVER_LIMITS.note, description: 'Wat je erover kwijt wilt' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MY_HANDOVER_LIMITS.note, TOO_LONG(MY_HANDOVER_LIMITS.note))
  note?: string | null;

  @ApiProperty({ description: 'De versie van de overdracht zoals je die zag' })
  @Type(() => Number)
  @IsInt(VERSION)
  @Min(1, VERSION)
  @Max(2_147_483_647, VERSION)
  version!: number;
}

export class ConfirmMyHandoverMeetingDto implements ConfirmMyHandoverMeetingRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MY_HANDOVER_LIMITS.remark, description: 'Wat je erover kwijt wilt' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(MY_HANDOVER_LIMITS.remark, TOO_LONG(MY_HANDOVER_LIMITS.remark))
  remark?: string | null;
}
