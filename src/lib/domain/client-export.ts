import type { Client } from './client';
import { scoreInventory } from './interests';
import type { Mapping } from './mapping';
import { roundMonths, totalMonths } from './practice';
import type { Session } from './session';

/**
 * Everything stored about one client as plain, readable text: what the
 * client gets when they ask to see their data (innsyn). Labels come from the
 * caller's translate function, so it follows the chosen language.
 */

type T = (key: string, values?: Record<string, unknown>) => string;

interface Parts {
	client: Client;
	sessions: Session[];
	mapping?: Mapping;
}

export function clientReport({ client, sessions, mapping }: Parts, t: T, generatedAt: string): string {
	const out: string[] = [];
	const h = (title: string) => out.push('', title, '-'.repeat(title.length));
	const line = (label: string, value: unknown) => {
		const text = Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value);
		if (text.trim()) out.push(`${label}: ${text}`);
	};

	out.push(t('export.title', { name: client.name }), t('export.generated', { date: generatedAt }));
	h(t('client.profileTitle'));
	line(t('client.name'), client.name);
	line(t('client.birthYear'), client.birthYear);
	line(t('client.phone'), client.phone);
	line(t('client.email'), client.email);
	line(t('client.address'), client.address);
	line(t('client.language'), client.language);
	if (client.interpreterNeeded) line(t('client.interpreterLanguage'), client.interpreterLanguage || '✓');
	line(t('client.navOffice'), client.navOffice);
	for (const a of client.navAdvisers) line(t('client.navAdviser'), [a.name, a.phone, a.email, `${a.from}–${a.to}`].filter(Boolean).join(', '));
	if (client.referral) line(t('client.referral'), t(`client.referrals.${client.referral}`));
	line(t('client.targetGroups'), client.targetGroups.map((g) => t(`client.targetGroup.${g}`)));

	h(t('overview.sessions'));
	for (const s of sessions) {
		out.push('');
		line(t('session.date'), s.date);
		line(t('session.modules'), s.modules.map((m) => t(`modules.${m}.name`)));
		line(t('session.participants'), s.participants.map((p) => t(`session.participant.${p}`)));
		line(t('session.mode'), t(`session.modes.${s.mode}`));
		line(t('session.length'), s.minutes);
		line(t('session.note'), s.note);
		line(t('session.wellbeingQuestion'), s.feedback.wellbeing);
		line(t('session.meetingQuestion'), s.feedback.meeting);
	}

	if (mapping) {
		h(t('mapping.title'));
		line(t('mapping.question.categories'), mapping.question.categories.map((c) => t(`mapping.question.category.${c}`)));
		line(t('mapping.question.text'), mapping.question.text);
		line(t('mapping.education.primarySchool'), mapping.education.primarySchool && t(`mapping.education.primary.${mapping.education.primarySchool}`));
		for (const u of mapping.education.upperSecondary) line(t('mapping.education.upperSecondary'), [u.programme, u.level, u.school, u.years].filter(Boolean).join(', '));
		line(t('mapping.education.subjectsPassed'), mapping.education.subjectsPassed.map((s) => (s.grade ? `${s.name} (${s.grade})` : s.name)));
		line(t('mapping.education.abroad'), mapping.education.abroad);
		line(t('mapping.education.courses'), mapping.education.courses.map((c) => [c.name, c.year].filter(Boolean).join(' ')));
		line(t('mapping.education.licences'), mapping.education.drivingLicences);
		for (const e of mapping.experience)
			line(t(`mapping.work.types.${e.type}`), [e.role, e.employer, `${e.start}–${e.end}`, e.percent !== null ? `${e.percent} %` : '', e.tasks].filter(Boolean).join(', '));
		line(t('mapping.summary.experience'), t('mapping.summary.experienceTotal', { months: roundMonths(totalMonths(mapping.experience)) }));
		for (const [k, v] of Object.entries(mapping.strengths)) line(t(`mapping.strengths.${k}`), v);
		line(t('mapping.interests.text'), mapping.interests.text);
		const result = scoreInventory(mapping.interests.answers);
		if (result.answered) line(t('mapping.interests.resultTitle'), result.top.map((type) => t(`interests.types.${type}.name`)));
		for (const [k, v] of Object.entries(mapping.life)) line(t(`mapping.life.${k}`), v);
		line(t('mapping.challenges.list'), mapping.challenges.list.map((c) => t(`mapping.challenges.item.${c}`)));
		line(t('mapping.challenges.other'), mapping.challenges.other);
		line(t('mapping.goals.dreams'), mapping.goals.dreams);
		line(t('mapping.goals.goals'), mapping.goals.goals);
	}
	return out.join('\n') + '\n';
}
