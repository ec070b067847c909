import * as z from 'zod/mini';
import { blankRecord, id, intOrNull, isoDate, isoDateTime, text } from '../common';

/** Module 2 — mulighetsutforsking: Nav's frame, the options explored, open questions. */

export const INCOME_SECURITY = [
	'aap',
	'kvp',
	'tiltakspenger',
	'dagpenger',
	'sosialhjelp',
	'introduksjonsprogram',
	'wage',
	'none',
	'other'
] as const;
export const ROUTE_KINDS = [
	'apprenticeship',
	'praksiskandidat',
	'fagbrevPaJobb',
	'laerekandidat',
	'adultEducation',
	'realkompetanse',
	'workTraining',
	'workDirect',
	'fagskole',
	'higherEducation'
] as const;
export const OWNERS = ['client', 'counsellor', 'navAdviser'] as const;

export type RouteKind = (typeof ROUTE_KINDS)[number];

export const optionSchema = z.object({
	id,
	/** A trade code from the catalogue, or empty for an option without a trade (e.g. work directly). */
	tradeCode: text(),
	title: text(),
	route: z._default(z.enum(ROUTE_KINDS), 'apprenticeship'),
	lengthMonths: intOrNull(),
	pros: text(),
	cons: text(),
	clientView: text()
});

export const questionSchema = z.object({
	id,
	text: text(),
	owner: z._default(z.nullable(z.enum(OWNERS)), null),
	due: z._default(isoDate, ''),
	done: z._default(z.boolean(), false)
});

export const explorationSchema = z.object({
	id,
	clientId: id,
	schemaVersion: z._default(z.literal(1), 1),
	navFrame: z._default(
		z.object({
			incomeSecurity: z._default(z.nullable(z.enum(INCOME_SECURITY)), null),
			incomeUntil: z._default(isoDate, ''),
			supportMonths: intOrNull(),
			constraints: text()
		}),
		() => ({ incomeSecurity: null, incomeUntil: '', supportMonths: null, constraints: '' })
	),
	options: z._default(z.array(optionSchema), () => []),
	questions: z._default(z.array(questionSchema), () => []),
	roles: text(),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Exploration = z.output<typeof explorationSchema>;
export type ExplorationOption = z.output<typeof optionSchema>;

export const explorationId = (clientId: string) => `${clientId}/exploration`;

export function newExploration(clientId: string, now = new Date()): Exploration {
	return blankRecord(explorationSchema, explorationId(clientId), clientId, now);
}
