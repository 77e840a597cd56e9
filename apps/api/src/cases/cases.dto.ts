import {
  ACTIVE_PHASES,
  type ActivePhase,
  type CaseloadQuery,
  type ChangePhaseRequest,
  type CloseCaseRequest,
  PHASES,
  type Phase,
  PREFERRED_CONTACTS,
  type PreferredContact,
  type RegisterYouthRequest,
  type ReopenCaseRequest,
  SIGNAL_KINDS,
  type SignalKind,
  type TimeOutRequest,
} from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../platform/database/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CaseIdParamDto {
  @IsUUID()
  caseId!: string;
}

export class CaseloadQueryDto extends PageQueryDto implements CaseloadQuery {
  @ApiPropertyOptional({ description: 'Deel van de naam' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PHASES }) @IsOptional() @IsIn(PHASES)
  phase?: Phase;

  @ApiPropertyOptional({ enum: SIGNAL_KINDS }) @IsOptional() @IsIn(SIGNAL_KINDS)
  signal?: SignalKind;
}

export class RegisterYouthDto implements RegisterYouthRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2006-04-17' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dateOfBirth!: string;

  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(320)
  email?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[0-9 +()-]{6,20}$/, { context: { message: 'Vul een geldig telefoonnummer in, zoals 06 12345678.' } })
  phone?: string;

  @ApiProperty({ enum: PREFERRED_CONTACTS }) @IsIn(PREFERRED_CONTACTS)
  preferredContact!: PreferredContact;
}

export class VersionDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  version!: number;
}

export class ChangePhaseDto extends VersionDto implements ChangePhaseRequest {
  @ApiProperty({ enum: ACTIVE_PHASES }) @IsIn(ACTIVE_PHASES)
  phase!: ActivePhase;
}

export class TimeOutDto extends VersionDto implements TimeOutRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000)
  reason!: string;

  @ApiProperty({ example: '2027-02-01' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/)
  until!: string;
}

export class CloseCaseDto extends VersionDto implements CloseCaseRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000)
  reason!: string;
}

export class ReopenCaseDto extends VersionDto implements ReopenCaseRequest {
  @ApiProperty({ enum: ACTIVE_PHASES }) @IsIn(ACTIVE_PHASES)
  phase!: ActivePhase;
}
