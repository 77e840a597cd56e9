import {
  type CreateImprovementActionRequest,
  IMPROVEMENT_ACTION_OWNER_MAX,
  IMPROVEMENT_ACTION_TEXT_MAX,
  type OpenSelfCheckRoundRequest,
  type SaveSelfCheckAnswerRequest,
  SELF_CHECK_ROUND_TITLE_MAX,
  SELF_CHECK_SCORE_MAX,
  SELF_CHECK_SCORE_MIN,
  type UpdateImprovementActionRequest,
} from '@koers/contracts';
import { WERKWIJZER_FACTOR_NUMBERS } from '@koers/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const given = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { context: { message: 'Vul een geldige datum in (JJJJ-MM-DD).' } };
const THEME_MESSAGE = { context: { message: 'Kies een thema van 1 tot en met 7.' } };

export class RoundIdParamDto {
  @IsUUID()
  roundId!: string;
}

export class AnswerParamsDto {
  @IsUUID()
  roundId!: string;

  @ApiProperty({ example: '4.17' })
  @IsIn(WERKWIJZER_FACTOR_NUMBERS, { context: { message: 'Kies een succesfactor van 1.1 tot en met 7.31.' } })
  factor!: string;
}

export class ActionIdParamDto {
  @IsUUID()
  actionId!: string;
}

export class ResultsQueryDto {
  @ApiPropertyOptional({ description: 'Een eerdere ronde van het team om mee te vergelijken' })
  @IsOptional()
  @IsUUID()
  compareTo?: string;
}

export class VersionQueryDto {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class OpenRoundDto implements OpenSelfCheckRoundRequest {
  @ApiProperty({ maxLength: SELF_CHECK_ROUND_TITLE_MAX, example: 'Voorjaar 2027' })
  @Transform(trim)
  @IsString({ context: { message: 'Geef de ronde een naam.' } })
  @IsNotEmpty({ context: { message: 'Geef de ronde een naam.' } })
  @MaxLength(SELF_CHECK_ROUND_TITLE_MAX)
  title!: string;
}

export class SaveAnswerDto implements SaveSelfCheckAnswerRequest {
  @ApiProperty({ type: Number, nullable: true, minimum: SELF_CHECK_SCORE_MIN, maximum: SELF_CHECK_SCORE_MAX, description: 'Cijfer 1–10, of null voor n.v.t.' })
  @ValidateIf((o: SaveAnswerDto) => o.score !== null)
  @IsInt({ context: { message: 'Geef een cijfer van 1 tot en met 10, of kies n.v.t.' } })
  @Min(SELF_CHECK_SCORE_MIN, { context: { message: 'Geef een cijfer van 1 tot en met 10, of kies n.v.t.' } })
  @Max(SELF_CHECK_SCORE_MAX, { context: { message: 'Geef een cijfer van 1 tot en met 10, of kies n.v.t.' } })
  score!: number | null;
}

export class CreateActionDto implements CreateImprovementActionRequest {
  @ApiProperty({ minimum: 1, maximum: 7 })
  @IsInt(THEME_MESSAGE)
  @Min(1, THEME_MESSAGE)
  @Max(7, THEME_MESSAGE)
  theme!: number;

  @ApiProperty({ maxLength: IMPROVEMENT_ACTION_TEXT_MAX })
  @Transform(trim)
  @IsString({ context: { message: 'Beschrijf de actie.' } })
  @IsNotEmpty({ context: { message: 'Beschrijf de actie.' } })
  @MaxLength(IMPROVEMENT_ACTION_TEXT_MAX)
  text!: string;

  @ApiProperty({ maxLength: IMPROVEMENT_ACTION_OWNER_MAX })
  @Transform(trim)
  @IsString({ context: { message: 'Vul in wie de actie oppakt.' } })
  @IsNotEmpty({ context: { message: 'Vul in wie de actie oppakt.' } })
  @MaxLength(IMPROVEMENT_ACTION_OWNER_MAX)
  owner!: string;

  @ApiPropertyOptional({ nullable: true, example: '2027-03-12' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  @Matches(DATE, DATE_MESSAGE)
  dueDate?: string | null;
}

export class UpdateActionDto implements UpdateImprovementActionRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 7 })
  @given('theme')
  @IsInt(THEME_MESSAGE)
  @Min(1, THEME_MESSAGE)
  @Max(7, THEME_MESSAGE)
  theme?: number;

  @ApiPropertyOptional()
  @given('text')
  @Transform(trim)
  @IsString({ context: { message: 'Beschrijf de actie.' } })
  @IsNotEmpty({ context: { message: 'Beschrijf de actie.' } })
  @MaxLength(IMPROVEMENT_ACTION_TEXT_MAX)
  text?: string;

  @ApiPropertyOptional()
  @given('owner')
  @Transform(trim)
  @IsString({ context: { message: 'Vul in wie de actie oppakt.' } })
  @IsNotEmpty({ context: { message: 'Vul in wie de actie oppakt.' } })
  @MaxLength(IMPROVEMENT_ACTION_OWNER_MAX)
  owner?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  @Matches(DATE, DATE_MESSAGE)
  dueDate?: string | null;

  @ApiPropertyOptional()
  @given('done')
  @IsBoolean()
  done?: boolean;
}

export class InviteTokenParamDto {
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { context: { message: 'Deze link klopt niet.' } })
  token!: string;
}

export class InviteAnswerParamsDto extends InviteTokenParamDto {
  @ApiProperty({ example: '4.17' })
  @IsIn(WERKWIJZER_FACTOR_NUMBERS, { context: { message: 'Kies een succesfactor van 1.1 tot en met 7.31.' } })
  factor!: string;
}
