import { MODULES, type Client } from './client';
import { counsellorLabel } from '../handover/handover';
import { alteredEntries, type Consent } from '../exploring/consent';
import type { Exploration } from '../exploring/exploration';
import { scoreInventory } from '../mapping/interests';
import type { Mapping } from '../mapping/mapping';
import type { Plan } from '../plan/plan';
import { roundMonths, totalMonths } from '../mapping/practice';
import type { RecordOf, SingleKind } from '../records';
import type { Session } from './session';
import type { Translate as T } from '../common';

/**
 * Everything stored about one client: what the client gets when they ask to
 * see their data (innsyn, GDPR art. 15), as readable text and as JSON.
 * Labels come from the caller's translate function, so the text follows the
 * chosen language.
 *
 * `ClientFile` is derived from the record kinds, and `SECTIONS` must have an
 * entry for each: adding a record kind fails the type check until the copy
 * covers it.
 */

/** All of one client's records, read once; the profile and module records are absent until first written. */
export type ClientRecords = { client?: Client; sessions: Session[] } & { [K in SingleKind]?: RecordOf<K> };

/** A client's records with the profile present: what the client's copy and every output are made from. */
export type ClientFile = ClientRecords & { client: Client };

interface Writer {
	h: (title: string) => void;
	line: (label: string, value: unknown) => void;
	gap: () => void;
	t: T;
}

const SECTIONS: { [K in SingleKind]: (doc: RecordOf<K>, w: Writer) => void } = {
	mapping: writeMapping,
	exploration: writeExploration,
	consent: writeConsent,
	plan: writePlan
};

/** The order the copy follows the conversation in. */
const ORDER: SingleKind[] = ['mapping', 'exploration', 'plan', 'consent'];

/** What the copy says beside the records: rows that could not be read, and how long records are kept. */
export interface CopyContext {
	/** Stored rows of this client that could not be opened: listed, so nothing is left out silently. */
	damaged: { kind: string; updatedAt: string }[];
	/** Innstillinger → Oppbevaring: months without activity before the counsellor is asked to delete. */
	retentionMonths: number;
}

const NO_CONTEXT: CopyContext = { damaged: [], retentionMonths: 24 };

/** GDPR art. 15 (1): purposes, recipients, how long, where from, and the client's rights – in the copy itself. */
function writeProcessing({ retentionMonths }: CopyContext, client: Client, { h, line, t }: Writer) {
	h(t('export.processing.title'));
	line(t('export.processing.purposes'), t('export.processing.purposesText'));
	line(t('export.processing.recipients'), t('export.processing.recipientsText'));
	// A handover to another county counsellor is a recipient of the whole file (art. 15 (1) c).
	for (const ho of client.handovers)
		line(
			t('export.processing.handedOver'),
			t('export.processing.handedOverText', {
				to: counsellorLabel(ho.to) || t('handover.unknownCounsellor'),
				date: ho.at.slice(0, 10)
			})
		);
	line(t('export.processing.storage'), t('export.processing.storageText', { months: retentionMonths }));
	line(t('export.processing.source'), t('export.processing.sourceText'));
	line(t('export.processing.rights'), t('export.processing.rightsText'));
}

function writeDamaged({ damaged }: CopyContext, { h, line, t }: Writer) {
	if (!damaged.length) return;
	h(t('export.damaged.title'));
	line(t('export.damaged.explain'), t('export.damaged.explainText', { count: damaged.length }));
	for (const d of damaged)
		line(t(`export.damaged.kinds.${d.kind}`, { defaultValue: d.kind }), d.updatedAt.slice(0, 10));
}

export function clientReport(file: ClientFile, t: T, generatedAt: string, context: CopyContext = NO_CONTEXT): string {
	const out: string[] = [];
	const w: Writer = {
		t,
		h: (title) => out.push('', title, '-'.repeat(title.length)),
		gap: () => out.push(''),
		line: (label, value) => {
			const text = Array.isArray(value)
				? value.join(', ')
				: value === null || value === undefined || value === false
					? ''
					: String(value);
			if (text.trim()) out.push(`${label}: ${text}`);
		}
	};
	out.push(t('export.title', { name: file.client.name }), t('export.generated', { date: generatedAt }));
	writeProfile(file.client, w);
	writeSessions(file.sessions, w);
	for (const kind of ORDER) {
		const doc = file[kind];
		if (doc) (SECTIONS[kind] as (d: typeof doc, w: Writer) => void)(doc, w);
	}
	writeDamaged(context, w);
	writeProcessing(context, file.client, w);
	return out.join('\n') + '\n';
}

/** The same content as data: every stored field, exactly as stored, and the rows that could not be read. */
export function clientCopyJson(file: ClientFile, generatedAt: string, context: CopyContext = NO_CONTEXT): string {
	return (
		JSON.stringify(
			{
				format: 'veivalg-client-copy',
				version: 1,
				generatedAt,
				...file,
				unreadable: context.damaged,
				retentionMonths: context.retentionMonths
			},
			null,
			2
		) + '\n'
	);
}

function writeProfile(client: Client, { h, line, t }: Writer) {
	h(t('client.profileTitle'));
	line(t('client.name'), client.name);
	line(t('client.birthYear'), client.birthYear);
	line(t('client.phone'), client.phone);
	line(t('client.email'), client.email);
	line(t('client.address'), client.address);
	line(t('client.language'), client.language);
	if (client.interpreterNeeded) line(t('client.interpreterLanguage'), client.interpreterLanguage || '✓');
	line(t('client.navOffice'), client.navOffice);
	for (const a of client.navAdvisers)
		line(t('client.navAdviser'), [a.name, a.phone, a.email, `${a.from}–${a.to}`].filter(Boolean).join(', '));
	if (client.referral) line(t('client.referral'), t(`client.referrals.${client.referral}`));
	line(
		t('client.targetGroups'),
		client.targetGroups.map((g) => t(`client.targetGroup.${g}`))
	);
	for (const m of MODULES)
		line(
			t(`modules.${m}.name`),
			[t(`moduleStatus.${client.moduleStatus[m]}`), client.moduleDoneOn[m]].filter(Boolean).join(', ')
		);
	const reg = client.registration;
	if (reg.gender) line(t('registration.gender'), t(`registration.genders.${reg.gender}`));
	if (reg.education) line(t('registration.education'), t(`registration.educationLevels.${reg.education}`));
	if (reg.experience) line(t('registration.experience'), t(`registration.experienceBands.${reg.experience}`));
	line(t('outcomes.endedOn'), client.guidance.endedOn);
	for (const e of client.guidance.outcomes)
		line(
			`${t(`outcomes.points.p${e.months}`)} (${e.date})`,
			e.outcomes.map((o) => t(`outcomes.kinds.${o}`))
		);
}

function writeSessions(sessions: Session[], { h, line, gap, t }: Writer) {
	h(t('overview.sessions'));
	for (const s of sessions) {
		gap();
		line(t('session.date'), s.date);
		line(
			t('session.modules'),
			s.modules.map((m) => t(`modules.${m}.name`))
		);
		line(
			t('session.participants'),
			s.participants.map((p) => t(`session.participant.${p}`))
		);
		line(t('session.otherParticipants'), s.otherParticipants);
		line(t('session.kind'), t(`session.kinds.${s.kind}`));
		line(t('session.mode'), t(`session.modes.${s.mode}`));
		line(t('session.length'), s.minutes);
		line(t('session.note'), s.note);
		line(t('session.wellbeingQuestion'), s.feedback.wellbeing);
		line(t('session.meetingQuestion'), s.feedback.meeting);
	}
}

function writeMapping(mapping: Mapping, { h, line, t }: Writer) {
	h(t('mapping.title'));
	line(
		t('mapping.question.categories'),
		mapping.question.categories.map((c) => t(`mapping.question.category.${c}`))
	);
	line(t('mapping.question.text'), mapping.question.text);
	line(
		t('mapping.education.primarySchool'),
		mapping.education.primarySchool && t(`mapping.education.primary.${mapping.education.primarySchool}`)
	);
	for (const u of mapping.education.upperSecondary)
		line(t('mapping.education.upperSecondary'), [u.programme, u.level, u.school, u.years].filter(Boolean).join(', '));
	line(
		t('mapping.education.subjectsPassed'),
		mapping.education.subjectsPassed.map((s) => (s.grade ? `${s.name} (${s.grade})` : s.name))
	);
	line(t('mapping.education.abroad'), mapping.education.abroad);
	line(
		t('mapping.education.courses'),
		mapping.education.courses.map((c) => [c.name, c.year].filter(Boolean).join(' '))
	);
	line(t('mapping.education.licences'), mapping.education.drivingLicences);
	for (const e of mapping.experience)
		line(
			t(`mapping.work.types.${e.type}`),
			[e.role, e.employer, `${e.start}–${e.end}`, e.percent !== null ? `${e.percent} %` : '', e.tasks]
				.filter(Boolean)
				.join(', ')
		);
	line(
		t('mapping.summary.experience'),
		t('mapping.summary.experienceTotal', { months: roundMonths(totalMonths(mapping.experience)) })
	);
	for (const [k, v] of Object.entries(mapping.strengths)) line(t(`mapping.strengths.${k}`), v);
	line(t('mapping.interests.text'), mapping.interests.text);
	const result = scoreInventory(mapping.interests.answers);
	if (result.answered)
		line(
			t('mapping.interests.resultTitle'),
			result.top.map((type) => t(`interests.types.${type}.name`))
		);
	for (const [k, v] of Object.entries(mapping.life)) line(t(`mapping.life.${k}`), v);
	line(
		t('mapping.challenges.list'),
		mapping.challenges.list.map((c) => t(`mapping.challenges.item.${c}`))
	);
	line(t('mapping.challenges.other'), mapping.challenges.other);
	line(t('mapping.goals.dreams'), mapping.goals.dreams);
	line(t('mapping.goals.goals'), mapping.goals.goals);
	line(
		t('export.notRelevant'),
		mapping.notRelevant.map((s) => t(`mapping.steps.${s}`))
	);
}

function writeExploration(e: Exploration, { h, line, gap, t }: Writer) {
	h(t('modules.exploring.name'));
	const f = e.navFrame;
	line(t('exploring.nav.incomeSecurity'), f.incomeSecurity && t(`exploring.nav.income.${f.incomeSecurity}`));
	line(t('exploring.nav.incomeUntil'), f.incomeUntil);
	line(t('exploring.nav.supportMonths'), f.supportMonths);
	line(t('exploring.nav.constraints'), f.constraints);
	for (const o of e.options) {
		gap();
		line(t('export.option'), o.title);
		line(t('exploring.options.route'), t(`exploring.routes.${o.route}`));
		line(t('exploring.options.length'), o.lengthMonths);
		line(t('exploring.options.pros'), o.pros);
		line(t('exploring.options.cons'), o.cons);
		line(t('exploring.options.clientView'), o.clientView);
	}
	for (const q of e.questions) {
		gap();
		line(t('exploring.questions.text'), q.text);
		line(t('exploring.questions.owner'), q.owner && t(`plan.owners.${q.owner}`));
		line(t('exploring.questions.due'), q.due);
		line(t('exploring.questions.done'), q.done && '✓');
	}
	line(t('exploring.roles'), e.roles);
}

function writePlan(p: Plan, { h, line, gap, t }: Writer) {
	h(t('modules.plan.name'));
	line(t('plan.occupation'), p.goal.occupation);
	line(t('exploring.options.route'), p.goal.route && t(`exploring.routes.${p.goal.route}`));
	line(t('plan.length'), p.lengthMonths);
	line(t('plan.nextStep'), p.nextStep);
	for (const s of p.steps) {
		gap();
		line(t('plan.what'), s.what);
		line(t('plan.owner'), s.owner && t(`plan.owners.${s.owner}`));
		line(t('plan.deadline'), s.deadline);
		line(t('plan.status'), t(`plan.statuses.${s.status}`));
		line(t('plan.needsNavDecision'), s.needsNavDecision && '✓');
		line(t('plan.needsFunding'), s.needsFunding && '✓');
	}
	for (const c of p.companies)
		line(t('plan.companyName'), [c.name, c.contact, c.phone, c.email, c.note].filter(Boolean).join(', '));
	line(t('plan.incomeSecurity'), p.incomeSecurity);
	for (const a of p.adaptations) line(t('plan.adaptationWhat'), [a.what, a.provider].filter(Boolean).join(' – '));
	for (const c of p.costs) line(t('plan.costWhat'), [c.what, c.amount, c.payer].filter(Boolean).join(' – '));
	line(t('plan.learningGoals'), p.learningGoals);
	line(t('plan.planB'), p.planB);
	line(t('plan.followUp'), p.followUp);
}

function writeConsent(c: Consent, { h, line, t }: Writer) {
	h(t('export.consentLog'));
	if (!c.entries.length) line(t('export.consentLog'), t('exploring.consent.none'));
	const altered = new Set(alteredEntries(c));
	for (const e of c.entries) {
		const what = e.withdrawn
			? t('exploring.consent.withdrawn')
			: e.sections.length
				? e.sections.map((s) => t(`exploring.consent.sections.${s}`)).join(', ')
				: t('exploring.consent.nothing');
		line(
			`${e.at} – ${t(`exploring.consent.purposes.${e.purpose}`)}`,
			altered.has(e) ? `${what} (${t('exploring.consent.altered')})` : what
		);
	}
}
