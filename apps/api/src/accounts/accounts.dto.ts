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
} from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../platform/database/page-query.dto';

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
