import {
  type CreateInvitationRequest,
  type CreateStaffUserRequest,
  type CreateTeamRequest,
  type ListUsersQuery,
  PASSWORD_MAX_LENGTH,
  ROLES,
  type Role,
  STAFF_ROLES,
  type StaffRole,
  type UpdateWorkPhoneRequest,
} from '@koers/contracts';
import { isDutchPhone, WORK_PHONE_MAX, WORK_PHONE_MESSAGE } from '@koers/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../platform/database/page-query.dto';

/** Trimmed; an empty field means "no number" (null). */
const toPhone = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') || null : value);

/** A Dutch phone number (isDutchPhone), or null; `required`: the field must be sent (null to remove). */
const WorkPhone = (options: { required?: boolean } = {}) => (target: object, key: string) => {
  Transform(toPhone)(target, key);
  ValidateIf((_: unknown, v: unknown) => v !== null && (options.required || v !== undefined))(target, key);
  IsString({ context: { message: WORK_PHONE_MESSAGE } })(target, key);
  MaxLength(WORK_PHONE_MAX, { context: { message: `Een telefoonnummer heeft hoogstens ${WORK_PHONE_MAX} tekens.` } })(target, key);
  // (class-validator keeps no context for ValidateBy: the Dutch message is its default message.)
  ValidateBy({ name: 'isDutchPhone', validator: { validate: (v: unknown) => typeof v === 'string' && (v.length > WORK_PHONE_MAX || isDutchPhone(v)), defaultMessage: () => WORK_PHONE_MESSAGE } })(target, key);
};

export class CreateTeamDto implements CreateTeamRequest {
  @ApiProperty({ example: 'Team Jongeren Noord' })
  @IsString() @IsNotEmpty() @MaxLength(120)
  name!: string;
}

export class CreateStaffUserDto implements CreateStaffUserRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiProperty() @IsEmail() @MaxLength(320)
  email!: string;

  @ApiProperty({ enum: STAFF_ROLES }) @IsIn(STAFF_ROLES)
  role!: StaffRole;

  @ApiProperty() @IsUUID()
  teamId!: string;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '06 12345678' }) @IsOptional() @WorkPhone()
  workPhone?: string | null;
}

export class UpdateWorkPhoneDto implements UpdateWorkPhoneRequest {
  @ApiProperty({ type: String, nullable: true, example: '030 123 4567', description: 'Nederlands nummer; leeg of null: geen nummer' }) @WorkPhone({ required: true })
  workPhone!: string | null;
}

export class ListUsersQueryDto extends PageQueryDto implements ListUsersQuery {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional() @IsOptional() @IsUUID()
  teamId?: string;
}

export class IdParamDto {
  @IsUUID()
  id!: string;
}

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ description: 'De naam van de jongere' }) @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'E-mailadres waarmee de jongere straks inlogt' }) @IsEmail() @MaxLength(320)
  email!: string;

  @ApiPropertyOptional({ description: 'Het traject van de jongere: het account wordt aan deze jongere gekoppeld' }) @IsOptional() @IsUUID()
  caseId?: string;
}
