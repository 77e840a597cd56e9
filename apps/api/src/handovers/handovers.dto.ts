import {
  type AbortHandoverRequest,
  type AddHandoverCandidateRequest,
  ANNOUNCE_METHODS,
  type AnnounceHandoverRequest,
  type AnnounceMethod,
  type AssignContactPersonRequest,
  type CaseloadCountsQuery,
  type ChooseSuccessorRequest,
  type CompletedHandoversQuery,
  type DeclineHandoverRequest,
  HANDOVER_LIMITS,
  HANDOVER_SETTING_LIMITS,
  HANDOVER_WARMTHS,
  type HandoverAssignment,
  type HandoverVersionRequest,
  type HandoverWarmth,
  type LogHandoverMeetingRequest,
  type MyHandoversQuery,
  NO_CONTACT_WEEKS_MAX,
  NO_CONTACT_WEEKS_MIN,
  type PlanBulkHandoversRequest,
  type ProposeHandoverRequest,
  type RecordYouthPreferenceRequest,
  type SpreadCasesRequest,
  type SwitchHandoverRequest,
  type TeamHandoverListQuery,
  type UpdateHandoverRequest,
  type UpdateHandoverSettingsRequest,
  type WarmShareQuery,
  type WriteHandoverNoteRequest,
} from '@koers/contracts';
import { applyDecorators } from '@nestjs/common';
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
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../platform/database/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Optional text: surrounding spaces go, and an empty text means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Vul een geldige datum in (JJJJ-MM-DD).';

/** A calendar date 'YYYY-MM-DD' (a real day: 2027-02-30 is refused). */
const IsDay = () => applyDecorators(IsISO8601({ strict: true }, { context: { message: DATE_MESSAGE } }), Matches(DATE, { context: { message: DATE_MESSAGE } }));

export class HandoverIdParamDto {
  @IsUUID()
  handoverId!: string;
}

export class HandoverVersionDto implements HandoverVersionRequest {
  @ApiProperty({ description: 'De versie van de overdracht zoals u die zag' })
  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  version!: number;
}

export class ProposeHandoverDto implements ProposeHandoverRequest {
  @ApiProperty({ type: [String], description: 'Een of meer collega-klantmanagers van het team' })
  @IsArray()
  @ArrayMinSize(1, { context: { message: 'Kies minstens één collega als mogelijke opvolger.' } })
  @ArrayMaxSize(HANDOVER_LIMITS.maxCandidates, { context: { message: `Kies hoogstens ${HANDOVER_LIMITS.maxCandidates} mogelijke opvolgers.` } })
  @ArrayUnique(undefined, { context: { message: 'Kies elke collega maar één keer.' } })
  @IsUUID(undefined, { each: true })
  candidateUserIds!: string[];

  @ApiProperty({ maxLength: HANDOVER_LIMITS.reason, description: 'Waarom de contactpersoon wisselt' })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Vul de reden van de overdracht in.' } }) @MaxLength(HANDOVER_LIMITS.reason)
  reason!: string;

  @ApiProperty({ example: '2027-04-01' })
  @IsDay()
  plannedSwitchDate!: string;
}

export class UpdateHandoverDto extends HandoverVersionDto implements UpdateHandoverRequest {
  @ApiPropertyOptional({ maxLength: HANDOVER_LIMITS.reason })
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Vul de reden van de overdracht in.' } }) @MaxLength(HANDOVER_LIMITS.reason)
  reason?: string;

  @ApiPropertyOptional({ example: '2027-04-01' })
  @IsOptional() @IsDay()
  plannedSwitchDate?: string;
}

export class AddHandoverCandidateDto extends HandoverVersionDto implements AddHandoverCandidateRequest {
  @ApiProperty() @IsUUID()
  userId!: string;
}

export class RecordYouthPreferenceDto extends HandoverVersionDto implements RecordYouthPreferenceRequest {
  @ApiProperty({ type: String, nullable: true, description: 'Een van de kandidaten, of null: geen voorkeur' })
  @ValidateIf((_, v) => v !== null) @IsUUID()
  candidateUserId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HANDOVER_LIMITS.meetingNote })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(HANDOVER_LIMITS.meetingNote)
  note?: string | null;
}

export class ChooseSuccessorDto extends HandoverVersionDto implements ChooseSuccessorRequest {
  @ApiProperty() @IsUUID()
  candidateUserId!: string;
}

export class DeclineHandoverDto extends HandoverVersionDto implements DeclineHandoverRequest {
  @ApiProperty({ maxLength: HANDOVER_LIMITS.reason })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Vul in waarom u deze overdracht niet kunt overnemen.' } }) @MaxLength(HANDOVER_LIMITS.reason)
  reason!: string;
}

export class AnnounceHandoverDto extends HandoverVersionDto implements AnnounceHandoverRequest {
  @ApiProperty({ example: '2027-03-10', description: 'Wanneer de jongere het hoorde; niet in de toekomst' })
  @IsDay()
  announcedOn!: string;

  @ApiProperty({ enum: ANNOUNCE_METHODS })
  @IsIn(ANNOUNCE_METHODS, { context: { message: 'Kies hoe de jongere het hoorde: in een gesprek, telefonisch, via WhatsApp, videobellen, per e-mail of per brief.' } })
  how!: AnnounceMethod;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HANDOVER_LIMITS.meetingNote })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(HANDOVER_LIMITS.meetingNote)
  note?: string | null;
}

export class LogHandoverMeetingDto extends HandoverVersionDto implements LogHandoverMeetingRequest {
  @ApiProperty({ example: '2027-03-15', description: 'Wanneer de kennismaking was; niet in de toekomst' })
  @IsDay()
  heldOn!: string;

  @ApiProperty({ description: 'Was de huidige contactpersoon erbij?' })
  @IsBoolean({ context: { message: 'Geef aan of de huidige contactpersoon erbij was.' } })
  currentContactPresent!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HANDOVER_LIMITS.othersPresent, description: 'Wie er verder bij was' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(HANDOVER_LIMITS.othersPresent)
  othersPresent?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HANDOVER_LIMITS.meetingNote })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(HANDOVER_LIMITS.meetingNote)
  note?: string | null;
}

export class WriteHandoverNoteDto extends HandoverVersionDto implements WriteHandoverNoteRequest {
  @ApiProperty({ maxLength: HANDOVER_LIMITS.note, description: 'Wat werkt bij deze jongere' })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Schrijf op wat werkt bij deze jongere.' } }) @MaxLength(HANDOVER_LIMITS.note)
  worksWell!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HANDOVER_LIMITS.note, description: 'Wat u beter kunt vermijden' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(HANDOVER_LIMITS.note)
  avoid?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HANDOVER_LIMITS.note, description: 'Lopende toezeggingen' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(HANDOVER_LIMITS.note)
  openCommitments?: string | null;
}

export class SwitchHandoverDto extends HandoverVersionDto implements SwitchHandoverRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HANDOVER_LIMITS.reason, description: 'Verplicht als de overdracht niet warm is (bijvoorbeeld ziekte of een noodgeval)' })
  @Transform(trimToNull) @IsOptional() @IsString() @MaxLength(HANDOVER_LIMITS.reason)
  coldReason?: string | null;
}

export class AbortHandoverDto extends HandoverVersionDto implements AbortHandoverRequest {
  @ApiProperty({ maxLength: HANDOVER_LIMITS.reason })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Vul in waarom de overdracht niet doorgaat.' } }) @MaxLength(HANDOVER_LIMITS.reason)
  reason!: string;
}

export class AssignContactPersonDto implements AssignContactPersonRequest {
  @ApiProperty() @IsUUID()
  userId!: string;

  @ApiProperty({ description: 'De versie van het traject zoals u die zag' })
  @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  version!: number;
}

export class MyHandoversQueryDto extends PageQueryDto implements MyHandoversQuery {
  @ApiPropertyOptional({ enum: ['incoming', 'outgoing'] })
  @IsOptional() @IsIn(['incoming', 'outgoing'])
  direction?: 'incoming' | 'outgoing';
}

export class HandoverAssignmentDto implements HandoverAssignment {
  @ApiProperty() @IsUUID()
  caseId!: string;

  @ApiProperty() @IsUUID()
  successorUserId!: string;
}

export class SpreadCasesDto implements SpreadCasesRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { context: { message: 'Kies minstens één traject.' } })
  @ArrayMaxSize(HANDOVER_LIMITS.maxBulk, { context: { message: `Kies hoogstens ${HANDOVER_LIMITS.maxBulk} trajecten tegelijk.` } })
  @ArrayUnique(undefined, { context: { message: 'Kies elk traject maar één keer.' } })
  @IsUUID(undefined, { each: true })
  caseIds!: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { context: { message: 'Kies minstens één collega.' } })
  @ArrayMaxSize(100)
  @ArrayUnique(undefined, { context: { message: 'Kies elke collega maar één keer.' } })
  @IsUUID(undefined, { each: true })
  successorUserIds!: string[];
}

export class PlanBulkHandoversDto implements PlanBulkHandoversRequest {
  @ApiProperty({ maxLength: HANDOVER_LIMITS.reason })
  @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Vul de reden van de overdracht in.' } }) @MaxLength(HANDOVER_LIMITS.reason)
  reason!: string;

  @ApiProperty({ example: '2027-04-01' })
  @IsDay()
  plannedSwitchDate!: string;

  @ApiProperty({ type: [HandoverAssignmentDto] })
  @IsArray()
  @ArrayMinSize(1, { context: { message: 'Kies minstens één traject.' } })
  @ArrayMaxSize(HANDOVER_LIMITS.maxBulk, { context: { message: `Plan hoogstens ${HANDOVER_LIMITS.maxBulk} overdrachten tegelijk.` } })
  @ArrayUnique((a: unknown) => (a && typeof a === 'object' ? (a as { caseId?: unknown }).caseId : a), { context: { message: 'Elk traject mag maar één keer voorkomen.' } })
  @ValidateNested({ each: true })
  @Type(() => HandoverAssignmentDto)
  assignments!: HandoverAssignmentDto[];
}

export class TeamHandoverListQueryDto extends PageQueryDto implements TeamHandoverListQuery {}

export class CompletedHandoversQueryDto extends PageQueryDto implements CompletedHandoversQuery {
  @ApiPropertyOptional({ example: '2027-01-01' }) @IsOptional() @IsDay()
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-31' }) @IsOptional() @IsDay()
  to?: string;

  @ApiPropertyOptional({ enum: HANDOVER_WARMTHS }) @IsOptional() @IsIn(HANDOVER_WARMTHS)
  warmth?: HandoverWarmth;
}

export class WarmShareQueryDto implements WarmShareQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 36, default: 12 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(36)
  months?: number;
}

export class CaseloadCountsQueryDto implements CaseloadCountsQuery {
  @ApiPropertyOptional({ minimum: NO_CONTACT_WEEKS_MIN, maximum: NO_CONTACT_WEEKS_MAX })
  @IsOptional() @Type(() => Number) @IsInt() @Min(NO_CONTACT_WEEKS_MIN) @Max(NO_CONTACT_WEEKS_MAX)
  noContactWeeks?: number;
}

const L = HANDOVER_SETTING_LIMITS;
/** A whole number within a setting's limits, with one Dutch message ("Kies een aantal dagen van 1 tot en met 90."). */
const IsSetting = ({ min, max }: { min: number; max: number }, unit: string) => {
  const message = (what: string) => ({ context: { message: `Kies ${what} van ${min} tot en met ${max}.` } });
  return applyDecorators(IsOptional(), IsInt(message(`een heel aantal${unit}`)), Min(min, message(`een aantal${unit}`)), Max(max, message(`een aantal${unit}`)));
};

export class UpdateHandoverSettingsDto implements UpdateHandoverSettingsRequest {
  @ApiProperty({ description: 'De versie van de overdrachtsregels zoals u die zag' })
  @Type(() => Number)
  @IsInt({ context: { message: 'De versie ontbreekt. Laad de pagina opnieuw.' } })
  @Min(1, { context: { message: 'De versie ontbreekt. Laad de pagina opnieuw.' } })
  @Max(2_147_483_647)
  version!: number;

  @ApiPropertyOptional({ minimum: L.noticeDays.min, maximum: L.noticeDays.max, description: 'Minimaal aantal dagen dat de jongere het van tevoren hoort' })
  @IsSetting(L.noticeDays, ' dagen')
  noticeDays?: number;

  @ApiPropertyOptional({ minimum: L.minMeetings.min, maximum: L.minMeetings.max, description: 'Minimaal aantal kennismakingen voor de overdracht' })
  @IsSetting(L.minMeetings, '')
  minMeetings?: number;

  @ApiPropertyOptional({ minimum: L.predecessorReadDays.min, maximum: L.predecessorReadDays.max, description: 'Dagen dat de vorige contactpersoon het traject nog mag inzien' })
  @IsSetting(L.predecessorReadDays, ' dagen')
  predecessorReadDays?: number;
}

/** `/team/klantmanagers/:userId/cases`: whose caseload. */
export class KlantmanagerIdParamDto {
  @IsUUID()
  userId!: string;
}

export class LeavingCasesQueryDto extends PageQueryDto {}
