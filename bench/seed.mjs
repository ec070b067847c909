// Seeds realistic, fully filled clients (with a session each) through the app's own
// encrypted store, so benchmarks measure decrypting and rendering real records.
const FIRST = ['Ola', 'Kari', 'Åse', 'Øystein', 'Áila', 'Łukasz', 'Олена', 'Mohammed', 'Sara', 'Jonas', 'Ingrid', 'Emil', 'Nora', 'Ahmed', 'Maja', 'Lars'];
const LAST = ['Nordmann', 'Hansen', 'Ødegård', 'Aas', 'Niillasdóttir Čoarvi', 'Wróbel', 'Коваленко', 'Ali', 'Berg', 'Johansen', 'Larsen', 'Haugen', 'Bakke', 'Dahl'];
const OFFICES = ['Nav Grünerløkka', 'Nav Bærum', 'Nav Kautokeino', 'Nav Sandnes', 'Nav Lillestrøm', 'Nav Asker', 'Nav Ås'];

export async function seedClients(page, count) {
	await page.evaluate(
		async ({ count, FIRST, LAST, OFFICES }) => {
			const { app } = window.__veivalg;
			const rows = [];
			const start = Date.parse('2025-01-01T08:00:00Z');
			for (let i = 0; i < count; i++) {
				const id = crypto.randomUUID();
				const stamp = new Date(start + i * 3_600_000).toISOString();
				const client = {
					id,
					schemaVersion: 1,
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
						{ id: crypto.randomUUID(), name: 'Kari Nordmann', phone: '55 55 33 33', email: 'kari.nordmann@nav.no', from: '2025-03-01', to: '' }
					],
					referral: 'nav',
					targetGroups: ['aap'],
					moduleStatus: { mapping: 'done', exploring: i % 2 ? 'inProgress' : 'notStarted', plan: 'notStarted' },
					createdAt: stamp,
					updatedAt: stamp
				};
				const session = {
					id: crypto.randomUUID(),
					clientId: id,
					schemaVersion: 1,
					date: stamp.slice(0, 10),
					modules: ['mapping'],
					participants: ['client', 'counsellor', 'navAdviser'],
					otherParticipants: '',
					mode: 'physical',
					minutes: 90,
					note: 'Gikk gjennom skolegang, arbeidserfaring og interesser. Veisøkeren liker praktisk arbeid og vil utforske tømrerfaget og anleggsmaskinførerfaget. '.repeat(3),
					feedback: { wellbeing: 4, meeting: 5 },
					createdAt: stamp,
					updatedAt: stamp
				};
				rows.push(await app.vault.seal('client', client), await app.vault.seal('session', session));
			}
			await app.db.records.bulkPut(rows);
		},
		{ count, FIRST, LAST, OFFICES }
	);
}
