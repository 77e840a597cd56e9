import {
  CONSENT_PURPOSES,
  type ConsentPurpose,
  type CreateUrgentObstacleRequest,
  type CreateWishRequest,
  type GiveMyConsentRequest,
  HOUSING_SITUATIONS,
  type HousingSituation,
  INCOME_SOURCES,
  type IncomeSource,
  INTAKE_LIMITS,
  LIFE_AREA_MOMENTS,
  LIFE_AREAS,
  type LifeArea,
  type LifeAreaMoment,
  type LifeAreaScoreValue,
  type RecordConsentRequest,
  type RecordLifeAreasRequest,
  TRANSPORT_OPTIONS,
  type TransportOption,
  type UpdateDiversityRequest,
  type UpdateIntakeRequest,
  URGENT_OBSTACLE_KINDS,
  type UrgentObstacleKind,
  WISH_KINDS,
  type WishKind,
} from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CaseIdParamDto, VersionDto } from '../cases/cases.dto';

/** Required short text: surrounding spaces removed. */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Optional short text: surrounding spaces removed; nothing left counts as empty. */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/**
 * Free text in a draft that is autosaved while typing: kept exactly as typed (trimming would eat
 * the space the user just typed), except that text of only spaces counts as empty.
 */
const blankToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value);
/** A yes/no field that may be left open (null), but not sent as anything else. */
const nullableBool = () => [IsOptional(), IsBoolean()];
/** A yes/no field that is never empty: may be left out, but not null. */
const presentBool = (name: string) => [ValidateIf((o: Record<string, unknown>) => o[name] !== undefined), IsBoolean()];
const text = (max: number) => [IsOptional(), Transform(blankToNull), IsString(), MaxLength(max)];

function apply(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}
const note = () => apply(ApiPropertyOptional({ type: String, nullable: true, maxLength: INTAKE_LIMITS.note }), ...text(INTAKE_LIMITS.note));
const longText = () => apply(ApiPropertyOptional({ type: String, nullable: true, maxLength: INTAKE_LIMITS.longText }), ...text(INTAKE_LIMITS.longText));
const yesNo = () => apply(ApiPropertyOptional({ type: Boolean, nullable: true }), ...nullableBool());
const given = (name: string) => apply(ApiPropertyOptional({ type: Boolean }), ...presentBool(name));

export class WishParamDto extends CaseIdParamDto {
  @IsUUID()
  wishId!: string;
}

export class ObstacleParamDto extends CaseIdParamDto {
  @IsUUID()
  obstacleId!: string;
}

export class ConsentParamDto extends CaseIdParamDto {
  @IsUUID()
  consentId!: string;
}

/** Autosave of the intake: every field optional; null empties it. */
export class UpdateIntakeDto extends VersionDto implements UpdateIntakeRequest {
  @ApiPropertyOptional({ enum: HOUSING_SITUATIONS, nullable: true }) @IsOptional() @IsIn(HOUSING_SITUATIONS)
  housing?: HousingSituation | null;

  @yesNo()
  fixedSleepingPlace?: boolean | null;

  @note()
  housingNote?: string | null;

  @ApiPropertyOptional({ enum: INCOME_SOURCES, nullable: true }) @IsOptional() @IsIn(INCOME_SOURCES)
  incomeSource?: IncomeSource | null;

  @note()
  financesNote?: string | null;

  @yesNo()
  hasDebts?: boolean | null;

  @note()
  debtsNote?: string | null;

  @yesNo()
  hasChildren?: boolean | null;

  @note()
  childcareNote?: string | null;

  @ApiPropertyOptional({ enum: TRANSPORT_OPTIONS, nullable: true }) @IsOptional() @IsIn(TRANSPORT_OPTIONS)
  transport?: TransportOption | null;

  @note()
  transportNote?: string | null;

  @note()
  healthNote?: string | null;

  @note()
  mentalHealthNote?: string | null;

  @note()
  supportInvolved?: string | null;

  @longText()
  motivation?: string | null;

  @longText()
  qualities?: string | null;

  @longText()
  ownStory?: string | null;

  @yesNo()
  hasStartkwalificatie?: boolean | null;

  @apply(ApiPropertyOptional({ type: String, nullable: true, maxLength: INTAKE_LIMITS.shortText }), ...text(INTAKE_LIMITS.shortText))
  lastSchool?: string | null;

  @note()
  educationNote?: string | null;

  @longText()
  workExperience?: string | null;

  @given('infoEducation')
  infoEducation?: boolean;

  @given('infoLabourMarket')
  infoLabourMarket?: boolean;

  @given('infoSupportOptions')
  infoSupportOptions?: boolean;
}

export class CompleteIntakeDto extends VersionDto {}

export class CreateWishDto implements CreateWishRequest {
  @ApiProperty({ enum: WISH_KINDS }) @IsIn(WISH_KINDS, { context: { message: 'Kies of dit een behoefte of een wens is.' } })
  kind!: WishKind;

  @ApiProperty({ maxLength: INTAKE_LIMITS.wishText }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(INTAKE_LIMITS.wishText)
  text!: string;
}

export class CreateUrgentObstacleDto implements CreateUrgentObstacleRequest {
  @ApiProperty({ enum: URGENT_OBSTACLE_KINDS }) @IsIn(URGENT_OBSTACLE_KINDS, { context: { message: 'Kies wat voor obstakel dit is.' } })
  kind!: UrgentObstacleKind;

  @ApiProperty({ maxLength: INTAKE_LIMITS.obstacleDescription })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Beschrijf kort wat er aan de hand is.' } }) @MaxLength(INTAKE_LIMITS.obstacleDescription)
  description!: string;
}

const score = (who: string) =>
  apply(
    ApiPropertyOptional({ enum: [1, 2, 3, 4, 5], nullable: true, description: `Score van ${who}: 1 (acuut probleem) tot en met 5 (volledig zelfredzaam)` }),
    IsOptional(),
    IsInt({ context: { message: 'Kies een score van 1 tot en met 5.' } }),
    Min(1, { context: { message: 'Kies een score van 1 tot en met 5.' } }),
    Max(5, { context: { message: 'Kies een score van 1 tot en met 5.' } }),
  );

export class LifeAreaScoreDto {
  @ApiProperty({ enum: LIFE_AREAS }) @IsIn(LIFE_AREAS, { context: { message: 'Kies een van de vijf leefgebieden.' } })
  area!: LifeArea;

  @score('de klantmanager')
  staffScore?: LifeAreaScoreValue | null;

  @score('de jongere zelf')
  youthScore?: LifeAreaScoreValue | null;

  @apply(ApiPropertyOptional({ type: String, nullable: true, maxLength: INTAKE_LIMITS.lifeAreaNote }), IsOptional(), Transform(trimToNull), IsString(), MaxLength(INTAKE_LIMITS.lifeAreaNote))
  note?: string | null;
}

export class RecordLifeAreasDto implements RecordLifeAreasRequest {
  @ApiProperty({ enum: LIFE_AREA_MOMENTS }) @IsIn(LIFE_AREA_MOMENTS, { context: { message: 'Kies het moment: intake of evaluatie.' } })
  moment!: LifeAreaMoment;

  @ApiProperty({ type: [LifeAreaScoreDto] })
  @IsArray()
  @ArrayMinSize(1, { context: { message: 'Geef minstens één leefgebied een score.' } })
  @ArrayMaxSize(LIFE_AREAS.length, { context: { message: 'Er zijn vijf leefgebieden; geef elk leefgebied hoogstens één keer een score.' } })
  @ArrayUnique((s: unknown) => (s && typeof s === 'object' ? (s as { area?: unknown }).area : s), {
    context: { message: 'Geef elk leefgebied hoogstens één keer een score.' },
  })
  @ValidateNested({ each: true })
  @Type(() => LifeAreaScoreDto)
  scores!: LifeAreaScoreDto[];
}

export class RecordConsentDto implements RecordConsentRequest {
  @ApiProperty({ enum: CONSENT_PURPOSES }) @IsIn(CONSENT_PURPOSES, { context: { message: 'Kies waarvoor de jongere toestemming geeft.' } })
  purpose!: ConsentPurpose;

  @ApiProperty({ description: 'De uitleg die de jongere kreeg en waarmee hij of zij instemde', maxLength: INTAKE_LIMITS.consentExplanation })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Leg vast welke uitleg de jongere kreeg over het doel.' } }) @MaxLength(INTAKE_LIMITS.consentExplanation)
  explanation!: string;

  @ApiProperty({ enum: ['gesprek'] })
  @IsIn(['gesprek'], { context: { message: 'Een klantmanager legt toestemming vast die de jongere in een gesprek gaf (gesprek).' } })
  givenVia!: 'gesprek';
}

const diversityText = () =>
  apply(ApiPropertyOptional({ type: String, nullable: true, maxLength: INTAKE_LIMITS.diversityText }), ...text(INTAKE_LIMITS.diversityText));

export class UpdateDiversityDto extends VersionDto implements UpdateDiversityRequest {
  @diversityText()
  background?: string | null;

  @diversityText()
  genderAndOrientation?: string | null;

  @diversityText()
  religionOrBelief?: string | null;

  @diversityText()
  otherNote?: string | null;
}

export class GiveMyConsentDto implements GiveMyConsentRequest {
  @ApiProperty({ enum: CONSENT_PURPOSES }) @IsIn(CONSENT_PURPOSES, { context: { message: 'Kies waarvoor je toestemming geeft.' } })
  purpose!: ConsentPurpose;
}

export class MyConsentParamDto {
  @IsUUID()
  consentId!: string;
}
