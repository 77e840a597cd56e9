import { PATHS } from '../../routing/paths';

export const selfCheckFillPath = (roundId: string) => `${PATHS.selfCheck}/${roundId}/invullen`;
export const selfCheckResultsPath = (roundId: string) => `${PATHS.selfCheck}/${roundId}/uitkomst`;
