// Seeds realistic clients with every record kind filled (profile, 3 sessions, mapping,
// exploration, consent, plan) the way a counsellor would get them onto a laptop: as an
// encrypted backup file, made here with the app's own backup code, restored through the UI.
// The shipped app has no test hook into its vault.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const FIRST = [
	'Ola',
	'Kari',
	'Åse',
	'Øystein',
	'Áila',
	'Łukasz',
	'Олена',
	'Mohammed',
	'Sara',
	'Jonas',
	'Ingrid',
	'Emil',
	'Nora',
	'Ahmed',
	'Maja',
	'Lars'
];
const LAST = [
	'Nordmann',
	'Hansen',
	'Ødegård',
	'Aas',
	'Niillasdóttir Čoarvi',
	'Wróbel',
	'Коваленко',
	'Ali',
	'Berg',
	'Johansen',
	'Larsen',
	'Haugen',
	'Bakke',
	'Dahl'
];
const OFFICES = [
	'Nav Grünerløkka',
	'Nav Bærum',
	'Nav Kautokeino',
	'Nav Sandnes',
	'Nav Lillestrøm',
	'Nav Asker',
	'Nav Ås'
];
const NOTE =
	'Gikk gjennom skolegang, arbeidserfaring og interesser. Veisøkeren liker praktisk arbeid og vil utforske tømrerfaget og anleggsmaskinførerfaget. ';

/** The app's own backup encoder, bundled from the TypeScript source. */
export async function loadBackupCode() {
	mkdirSync('bench/.cache', { recursive: true });
	await build({
		entryPoints: ['src/lib/storage/backup.ts'],
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile: 'bench/.cache/backup.mjs',
		logLevel: 'error'
	});
	return import(pathToFileURL('bench/.cache/backup.mjs').href);
}

/** 1 January this year: the statistics page opens on the current year. */
const THIS_YEAR = Date.UTC(new Date().getUTCFullYear(), 0, 1, 8);

/** One fully filled client: every record kind the app stores. Clients start three hours apart. */
export function fullClient(i, start = THIS_YEAR) {
	const id = crypto.randomUUID();
	const stamp = new Date(start + i * 3 * 3_600_000).toISOString();
	const day = stamp.slice(0, 10);
	const base = (kind) => ({ id: `${id}/${kind}`, clientId: id, createdAt: stamp, updatedAt: stamp });
	const answers = {};
	for (const t of 'RIASEC') for (let n = 1; n <= 8; n++) answers[`${t}${n}`] = (n + i) % 3;
	return [
		{
			kind: 'client',
			data: {
				id,
				name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
				birthYear: 1980 + (i % 25),
				phone: '+47 912 34 567',
				email: `klient${i}@example.org`,
				address: `Storgata ${i % 90}, 0155 Oslo`,
				language: i % 5 === 0 ? 'arabisk' : 'norsk',
				interpreterNeeded: i % 5 === 0,
				interpreterLanguage: i % 5 === 0 ? 'arabisk' : '',
				navOffice: OFFICES[i % OFFICES.length],
				navAdvisers: [
					{ id: crypto.randomUUID(), name: 'Per Hansen', phone: '', email: '', from: '2024-01-01', to: '2025-03-01' },
					{
						id: crypto.randomUUID(),
						name: 'Kari Nordmann',
						phone: '55 55 33 33',
						email: 'kari.nordmann@nav.no',
						from: '2025-03-01',
						to: ''
					}
				],
				referral: 'nav',
				targetGroups: ['aap'],
				moduleStatus: { mapping: 'done', exploring: 'done', plan: i % 3 ? 'done' : 'inProgress' },
				moduleDoneOn: { mapping: day, exploring: day, plan: i % 3 ? day : '' },
				registration: {
					gender: ['female', 'male', 'notStated'][i % 3],
					education: i % 4 ? null : 'higher',
					experience: null
				},
				guidance: {
					endedOn: day,
					outcomes: [
						{ id: `o0-${i}`, months: 0, date: day, outcomes: ['planMade', 'applied'] },
						{ id: `o3-${i}`, months: 3, date: day, outcomes: [['started', 'job', 'noChange', 'notKnown'][i % 4]] }
					]
				},
				createdAt: stamp,
				updatedAt: stamp
			}
		},
		...[0, 1, 2].map((n) => ({
			kind: 'session',
			data: {
				id: crypto.randomUUID(),
				clientId: id,
				date: day,
				kind: ['individual', 'threeWay', 'group'][n],
				modules: [['mapping', 'exploring', 'plan'][n]],
				participants: ['client', 'counsellor', 'navAdviser'],
				mode: n === 1 ? 'digital' : 'physical',
				minutes: 90,
				note: NOTE.repeat(3),
				feedback: { wellbeing: 4, meeting: 5 },
				createdAt: stamp,
				updatedAt: stamp
			}
		})),
		{
			kind: 'mapping',
			data: {
				...base('mapping'),
				question: { categories: ['confirmTrade'], text: 'Vil bli tømrer, men er usikker på veien dit.' },
				education: {
					primarySchool: 'completed',
					upperSecondary: [{ id: 'u1', programme: 'BA', level: 'vg1', school: 'Lillestrøm vgs', years: '2015–2016' }],
					subjectsPassed: ['Norsk', 'Matematikk 1P', 'Engelsk', 'Naturfag'].map((name, n) => ({
						id: `s${n}`,
						name,
						grade: '4'
					})),
					abroad: '',
					courses: [{ id: 'c1', name: 'Truckførerbevis T1–T4', year: '2019' }],
					drivingLicences: ['B']
				},
				experience: Array.from({ length: 4 }, (_, n) => ({
					id: `e${n}`,
					type: 'job',
					employer: `Bygg ${n} AS`,
					role: 'Tømrerhjelper',
					start: `201${6 + n}-01`,
					end: `201${6 + n}-12`,
					percent: 80,
					tasks: NOTE
				})),
				strengths: {
					qualities: 'Pålitelig og tålmodig',
					skills: 'Snekring, lese tegninger',
					likes: 'Arbeid ute',
					dislikes: 'Lange dager foran skjerm',
					prefTasks: 'Praktiske',
					prefHours: 'Dagtid',
					prefPercent: '100 %',
					prefEnvironment: 'Små lag',
					prefGeography: 'Romerike'
				},
				interests: { text: 'Snekring og friluftsliv', answers },
				life: { health: 'Ryggplager', finances: '', housing: '', family: '' },
				challenges: { list: ['health'], other: '' },
				goals: { dreams: 'Eget firma', goals: 'Læreplass til høsten' }
			}
		},
		{
			kind: 'exploration',
			data: {
				...base('exploration'),
				navFrame: {
					incomeSecurity: 'aap',
					incomeUntil: '2027-06-30',
					supportMonths: 36,
					constraints: 'Tiltaksplasser er fulle til januar.'
				},
				options: [
					{
						id: 'o1',
						tradeCode: 'BATMF3----',
						title: 'Tømrerfaget',
						route: 'praksiskandidat',
						lengthMonths: 24,
						pros: 'Har praksis',
						cons: 'Teorieksamen',
						clientView: 'Vil helst dette'
					},
					{
						id: 'o2',
						tradeCode: '',
						title: 'Anleggsmaskinfører',
						route: 'apprenticeship',
						lengthMonths: 36,
						pros: 'Etterspurt',
						cons: 'Lang vei',
						clientView: 'Kanskje'
					}
				],
				questions: [
					{ id: 'q1', text: 'Finnes det læreplass på Romerike?', owner: 'navAdviser', due: '2026-12-01', done: false }
				],
				roles: 'Veisøkeren ringer bedrifter, Nav avklarer støtte.'
			}
		},
		{
			kind: 'consent',
			data: {
				...base('consent'),
				entries: ['presentation', 'navSummary', 'plan'].map((purpose, n) => ({
					id: `k${n}`,
					at: stamp,
					purpose,
					sections: ['education', 'experience', 'strengths', 'goals'],
					withdrawn: false
				}))
			}
		},
		{
			kind: 'plan',
			data: {
				...base('plan'),
				goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'praksiskandidat' },
				nextStep: 'Melde seg opp til teorieksamen',
				lengthMonths: 24,
				steps: Array.from({ length: 6 }, (_, n) => ({
					id: `p${n}`,
					what: `Steg ${n + 1}: ring bedrift og avtal møte`,
					owner: 'client',
					deadline: `2027-0${n + 1}-15`,
					status: 'planned',
					needsNavDecision: n === 0,
					needsFunding: false
				})),
				companies: [
					{ id: 'b1', name: 'Hansen Bygg AS', contact: 'Łukasz Wróbel', phone: '900 00 000', email: '', note: '' }
				],
				incomeSecurity: 'AAP ut juni 2027',
				planB: 'Lærekandidat i tømrerfaget',
				followUp: '2027-02-01'
			}
		}
	];
}

/** Restores records through Innstillinger → Sikkerhetskopi; returns ms from the click to the report. */
export async function restoreThroughUi(page, content, passphrase, mode = 'merge') {
	await page.locator('header nav a[href="/settings"]').click();
	await page
		.locator('#backup-file')
		.setInputFiles({ name: 'seed.veivalg', mimeType: 'application/json', buffer: Buffer.from(content) });
	await page.locator('#restore-passphrase').fill(passphrase);
	if (mode === 'replace') await page.locator('input[value="replace"]').check();
	// Reading the file and the preview of what it will do, then the restore itself once agreed: the
	// counsellor's pause between them is not counted.
	const t0 = Date.now();
	await page.locator('form:has(#backup-file) button[type=submit]').click();
	await page.getByTestId('restore-preview').waitFor({ timeout: 120_000 });
	const previewed = Date.now() - t0;
	const t1 = Date.now();
	await page.getByRole('dialog').getByRole('button').last().click();
	await page.getByTestId('restore-report').waitFor({ timeout: 120_000 });
	return previewed + Date.now() - t1;
}

/** A backup file of `count` full clients, and the ids of the clients. */
export async function makeSeedFile(count, passphrase) {
	const { encodeBackup } = await loadBackupCode();
	const records = Array.from({ length: count }, (_, i) => fullClient(i)).flat();
	const ids = records.filter((r) => r.kind === 'client').map((r) => r.data.id);
	return { content: await encodeBackup(records, passphrase), ids, records: records.length };
}
