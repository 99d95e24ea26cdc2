import type { ChangeType } from '../../../api/codecommit/pull-request-types';
import { ToneBadge, type Tone } from './tone-badge';

const CHANGE: Record<ChangeType, { label: string; tone: Tone }> = {
  A: { label: 'Added', tone: 'green' },
  M: { label: 'Modified', tone: 'blue' },
  D: { label: 'Deleted', tone: 'red' },
};

export const changeLabel = (type: ChangeType) => CHANGE[type].label;

export function ChangeTypeBadge({ type }: { type: ChangeType }) {
  return <ToneBadge tone={CHANGE[type].tone}>{CHANGE[type].label}</ToneBadge>;
}
