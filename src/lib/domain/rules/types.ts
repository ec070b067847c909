import type { Citation } from '../law';
import type { RuleId } from './data';

/** A rule's outcome for one client: an i18n key with values, and the rule and words of the law it came from. */
export interface RuleResult {
	rule: RuleId;
	/** 'ok' looks possible, 'check' needs clarifying (often with Nav), 'no' does not fit now. */
	level: 'ok' | 'check' | 'no';
	key: string;
	values: Record<string, string | number>;
	/** Which of the rule's sources states this result, when it is not the first. */
	source?: number;
	/** The ledd this result rests on, when the rule has law citations; shown with their words. */
	law?: Citation[];
	/** The provisions this result rests on, where they are fewer than the rule's whole list (one benefit's own law). */
	basis?: readonly string[];
}
