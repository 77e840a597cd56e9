import {
  type CreateNetworkMemberRequest,
  NETWORK_NAME_MAX,
  NETWORK_ORGANISATION_MAX,
  NETWORK_RELATIONS,
  NETWORK_ROLE_IN_PLAN_MAX,
  type NetworkRelation,
  type UpdateNetworkMemberRequest,
} from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Optional text: surrounding spaces go, and an empty text means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const RELATION_MESSAGE = { context: { message: 'Kies de relatie met de jongere uit de lijst.' } };
const PHONE_MESSAGE = { context: { message: 'Vul een geldig telefoonnummer in, zoals 06 12345678.' } };
const PHONE = /^[0-9 +()-]{6,20}$/;
/** In a PATCH: a field that is sent must be valid; a field that is left out stays as it is. */
const whenSent = ValidateIf((_: object, value: unknown) => value !== undefined);

export class NetworkMemberParamsDto {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  memberId!: string;
}

export class CreateNetworkMemberDto implements CreateNetworkMemberRequest {
  @ApiProperty({ example: 'Fatima El Amrani' })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Vul de naam in.' } }) @MaxLength(NETWORK_NAME_MAX)
  name!: string;

  @ApiProperty({ enum: NETWORK_RELATIONS })
  @IsIn(NETWORK_RELATIONS, RELATION_MESSAGE)
  relation!: NetworkRelation;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ROC Midden' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(NETWORK_ORGANISATION_MAX)
  organisation?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '06 12345678' })
  @Transform(trimToNull) @IsOptional() @IsString() @Matches(PHONE, PHONE_MESSAGE)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Transform(trimToNull) @IsOptional() @IsEmail() @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Wat deze persoon of organisatie in het plan doet' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(NETWORK_ROLE_IN_PLAN_MAX)
  roleInPlan?: string | null;

  @ApiPropertyOptional({ description: 'Eindverantwoordelijke; neemt de markering over van wie die had', default: false })
  @IsOptional() @IsBoolean()
  isLead?: boolean;
}

export class UpdateNetworkMemberDto implements UpdateNetworkMemberRequest {
  @ApiPropertyOptional({ type: String })
  @Transform(trim) @whenSent @IsString() @IsNotEmpty({ context: { message: 'Vul de naam in.' } }) @MaxLength(NETWORK_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ enum: NETWORK_RELATIONS })
  @whenSent @IsIn(NETWORK_RELATIONS, RELATION_MESSAGE)
  relation?: NetworkRelation;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(NETWORK_ORGANISATION_MAX)
  organisation?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Transform(trimToNull) @IsOptional() @IsString() @Matches(PHONE, PHONE_MESSAGE)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Transform(trimToNull) @IsOptional() @IsEmail() @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(NETWORK_ROLE_IN_PLAN_MAX)
  roleInPlan?: string | null;

  @ApiPropertyOptional({ description: 'true: wordt eindverantwoordelijke (neemt het over); false: niet meer' })
  @whenSent @IsBoolean()
  isLead?: boolean;
}
