import type { ActivateInvitationRequest, LoginRequest, ResetPasswordRequest } from '@koers/contracts';
import { PASSWORD_MAX_LENGTH } from '@koers/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'klantmanager@koers.demo' })
  @IsEmail() @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class InvitationTokenDto {
  @ApiProperty()
  @IsString() @IsNotEmpty() @MaxLength(200)
  token!: string;
}

export class ActivateInvitationDto extends InvitationTokenDto implements ActivateInvitationRequest {
  @ApiProperty({ description: 'Minstens 12 tekens; een zin van een paar woorden werkt goed.' })
  @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ResetPasswordDto extends InvitationTokenDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'Het nieuwe wachtwoord: dezelfde regels als bij activeren (minstens 12 tekens).' })
  @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
