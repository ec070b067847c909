import { cite, type Citation } from '../law';

/**
 * The rules a training plan is checked against, as versioned data: values, the public
 * sources that state them, the words of the law they rest on and the date they were last
 * checked. The logic that applies them to one client lives beside this file (rights.ts,
 * practice-rules.ts, deadlines.ts, nav.ts, routes.ts). Results are advice, never decisions.
 */

export interface RuleSource {
	/** The source's own title, as it is published (Norwegian). */
	title: string;
	/** The same in English for the English interface and outputs; the publisher and the law's names stay Norwegian, with a translation beside them. */
	en: string;
	url: string;
}

/** A source's title in the interface's language. */
export const sourceTitle = (s: RuleSource, lang: string) => (lang === 'en' ? s.en : s.title);

export interface Rule<V> {
	id: string;
	version: number;
	lastChecked: string;
	value: V;
	sources: RuleSource[];
	/** The words of opplæringslova and opplæringsforskrifta the rule relies on (law/text.ts holds them). */
	law?: Citation[];
	/** Other provisions, named: Nav's regulations, the fagskole and admission rules. */
	basis?: string[];
	/** Where results of one rule rest on different laws (one benefit each): the provisions per result. */
	basisOf?: Record<string, string[]>;
}

const CHECKED = '2026-10-08';
/** Checked again on this date against the stored pages of Udir, Nav, NOKUT, Samordna opptak and the counties. */
const RECHECKED = '2026-11-22';
/** Checked against the stored text of opplæringslova 2023 and opplæringsforskrifta 2024 (law/text.ts). */
const LAW_CHECKED = '2026-11-29';
const R76 = 'https://lovdata.no/nav/rundskriv/r76-12-01';
const UDIR_RKV =
	'https://www.udir.no/eksamen-og-prover/dokumentasjon/realkompetansevurdering/' +
	'nasjonale-retningslinjer-for-realkompetansevurdering-av-voksne-i-videregaende-opplaring/';
const NOKUT_23 =
	'https://www.nokut.no/norsk-utdanning/fagskole/regelverk-for-fagskoler/' +
	'for-kunstfaglige-utdanninger-mulighet-til-a-gjore-unntak-fra-23-arsgrensa-for-realkompetansevurdering/';

export const RULES = {
	/** The youth right (opplæringslova § 5-1): to complete upper secondary, until the school year one turns 24. */
	youthRight: {
		id: 'youthRight',
		version: 1,
		lastChecked: LAW_CHECKED,
		value: { untilAge: 24 },
		law: [
			cite('lova', '5-1', 1, 'har rett til vidaregåande opplæring etter dette kapittelet'),
			cite('lova', '5-1', 2, 'ikkje lenger enn ut det skoleåret som tar til det året ein fyller 24 år'),
			cite(
				'lova',
				'5-1',
				1,
				'fullført vidaregåande opplæring i eit anna land, men ikkje får godkjent opplæringa som studiekompetanse eller yrkeskompetanse i Noreg'
			)
		],
		sources: [
			{
				title: 'Lovdata: opplæringslova § 5-1',
				en: 'Lovdata: the Education Act (opplæringslova) § 5-1',
				url: 'https://lovdata.no/lov/2023-06-09-30/§5-1'
			}
		]
	},
	/**
	 * The adult right (§ 18-3) from the school year that starts in the year one turns 19 –
	 * not 25, as under the 1998 Act (§ 4A-3). From 19 to 24 a client has both rights (§ 5-1
	 * third ledd) and chooses.
	 */
	voksenrett: {
		id: 'voksenrett',
		version: 3,
		lastChecked: LAW_CHECKED,
		value: { fromAge: 19 },
		law: [
			cite(
				'lova',
				'18-3',
				1,
				'rett til vidaregåande opplæring for vaksne frå det skoleåret som tar til det året dei fyller 19 år'
			),
			cite(
				'lova',
				'5-1',
				3,
				'kan velje vidaregåande opplæring for vaksne etter § 18-3 frå det skoleåret som tar til det året dei fyller 19 år'
			),
			cite('lova', '18-3', 2, 'skal komme inn på eit opplæringstilbod som fører fram til ein av tre sluttkompetansar'),
			// § 18-6: the right to an apprenticeship place has a condition, and an alternative when no place is offered.
			cite('lova', '18-6', 1, 'som oppfyller vilkåra for å bli formidla til læretid i bedrift, har rett til læreplass'),
			cite('lova', '18-3', 1, 'fullført vidaregåande opplæring i eit anna land, men ikkje får godkjent opplæringa'),
			cite(
				'lova',
				'18-6',
				1,
				'Dersom dei ikkje får tilbod om læreplass, har dei rett til eit anna opplæringstilbod som gir grunnlag for den sluttkompetansen dei er tatt inn på'
			)
		],
		sources: [
			{
				title: 'Lovdata: opplæringslova § 18-3',
				en: 'Lovdata: the Education Act (opplæringslova) § 18-3',
				url: 'https://lovdata.no/lov/2023-06-09-30/§18-3'
			},
			{
				title: 'Udir: videregående opplæring for voksne',
				en: 'Udir: upper secondary education for adults',
				url: 'https://www.udir.no/laring-og-trivsel/voksenopplaring/videregaende-opplaring/'
			}
		]
	},
	/** § 18-4: one new vocational qualification for those already qualified, at any age. */
	newQualification: {
		id: 'newQualification',
		version: 1,
		lastChecked: LAW_CHECKED,
		value: {},
		law: [
			cite(
				'lova',
				'18-4',
				1,
				'rett til vidaregåande opplæring fram til éin ny sluttkompetanse innanfor eit yrkesfagleg utdanningsprogram'
			)
		],
		sources: [
			{
				title: 'Lovdata: opplæringslova § 18-4',
				en: 'Lovdata: the Education Act (opplæringslova) § 18-4',
				url: 'https://lovdata.no/lov/2023-06-09-30/§18-4'
			},
			{
				title: 'Regjeringen: voksnes rett til opplæring (fagbrev nummer to)',
				en: "Government.no: adults' right to education (a second trade certificate)",
				url: 'https://www.regjeringen.no/no/tema/utdanning/voksnes_laering_og_kompetanse/artikler/rett-til-opplaring/id213311/'
			}
		]
	},
	/** Påbygging to general study competence after a vocational qualification: § 5-7 as a youth, § 18-7 from 19. */
	pabygging: {
		id: 'pabygging',
		version: 1,
		lastChecked: LAW_CHECKED,
		value: { adultFromAge: 19 },
		law: [
			cite('lova', '5-7', 1, 'har rett til påbygging til generell studiekompetanse'),
			cite(
				'lova',
				'18-7',
				1,
				'rett til påbygging til generell studiekompetanse frå det skoleåret som tar til det året dei fyller 19 år'
			)
		],
		sources: [
			{
				title: 'Lovdata: opplæringslova § 18-7',
				en: 'Lovdata: the Education Act (opplæringslova) § 18-7',
				url: 'https://lovdata.no/lov/2023-06-09-30/§18-7'
			}
		]
	},
	/** § 18-2: preparatory (primary-level) education for adults who need it. */
	preparatory: {
		id: 'preparatory',
		version: 1,
		lastChecked: LAW_CHECKED,
		value: {},
		law: [cite('lova', '18-2', 1, 'har rett til førebuande opplæring for vaksne')],
		sources: [
			{
				title: 'Lovdata: opplæringslova § 18-2',
				en: 'Lovdata: the Education Act (opplæringslova) § 18-2',
				url: 'https://lovdata.no/lov/2023-06-09-30/§18-2'
			}
		]
	},
	/**
	 * Realkompetansevurdering (§ 18-8): a right for everyone with a right to adult education;
	 * others when the municipality or Nav recommends it. No minimum of practice.
	 */
	realkompetanse: {
		id: 'realkompetanse',
		version: 2,
		lastChecked: LAW_CHECKED,
		value: { minPracticeMonths: 0 },
		law: [
			cite('lova', '18-8', 1, 'har rett til å få realkompetansen sin vurdert og dokumentert'),
			cite('lova', '18-8', 2, 'dersom kommunen eller Arbeids- og velferdsetaten tilrår det'),
			cite('forskrifta', '13-4', 1, 'gjennomføre realkompetansevurdering for vaksne')
		],
		sources: [
			{
				title: 'Lovdata: opplæringslova § 18-8',
				en: 'Lovdata: the Education Act (opplæringslova) § 18-8',
				url: 'https://lovdata.no/lov/2023-06-09-30/§18-8'
			},
			{
				title: 'Udir: nasjonale retningslinjer for realkompetansevurdering av voksne',
				en: 'Udir: national guidelines for the assessment of prior learning of adults',
				url: UDIR_RKV
			}
		]
	},
	/**
	 * Praksiskandidat (§ 23-2): practice 25 % longer than the trade's whole training time. The
	 * requirement is kept exact (54 months × 1.25 = 67½, shown as 67,5) – the law sets no rounding
	 * and the county decides. School years are credited by forskrifta §§ 6-5 to 6-7. «80 % counts
	 * as full time» is the regulation's words for fagbrev på jobb (§ 9-58); for praksiskandidat it
	 * is the counties' practice, and the app says so.
	 */
	praksiskandidat: {
		id: 'praksiskandidat',
		version: 2,
		lastChecked: LAW_CHECKED,
		value: {
			extraShare: 0.25,
			fullTimeFromPercent: 80,
			maxMonthsPerYear: 12,
			/** Months a completed school year is credited with (forskrifta § 6-7 (1), (2)): «eitt år», «1/2 år», «1/4 år». */
			credit: { ownVg1: 12, otherVg1: 3, ownVg2: 12, sameProgrammeVg2: 6, otherVg2: 3 }
		},
		law: [
			cite('lova', '23-2', 1, '25 prosent lengre enn det fastsette opplæringsløpet for faget'),
			cite('lova', '23-2', 1, 'kan i særlege tilfelle godkjenne kortare praksis'),
			cite('forskrifta', '6-5', 2, 'vurdering av praksis for praksiskandidatar'),
			cite('forskrifta', '6-6', 1, 'Alle faga må vere bestått'),
			cite(
				'forskrifta',
				'6-7',
				1,
				'Vidaregåande trinn 1 i utdanningsprogrammet for det aktuelle lærefaget skal godskrivast med eitt år'
			),
			cite('forskrifta', '6-7', 2, 'Vidaregåande trinn 2 for det aktuelle lærefaget skal godskrivast med eitt år'),
			cite('forskrifta', '9-25', 3, 'kandidat for fagbrev på jobb eller praksiskandidat'),
			cite('forskrifta', '9-66', 4, 'tidlegast seks månader etter den førre prøva'),
			// Who decides: the county, not Nav («Fylkeskommunen avgjør» in every praksiskandidat sentence).
			cite('lova', '23-2', 1, 'Fylkeskommunen avgjer om praksisen kan godkjennast')
		],
		sources: [
			{
				title: 'Lovdata: opplæringslova § 23-2',
				en: 'Lovdata: the Education Act (opplæringslova) § 23-2',
				url: 'https://lovdata.no/lov/2023-06-09-30/§23-2'
			},
			{
				title: 'Lovdata: opplæringsforskrifta §§ 6-5 til 6-12 (godskriving)',
				en: 'Lovdata: the Education Regulations (opplæringsforskrifta) §§ 6-5 to 6-12 (credit for earlier education)',
				url: 'https://lovdata.no/forskrift/2024-06-03-900/§6-7'
			},
			{
				title: 'Møre og Romsdal fylkeskommune: praksiskandidat – 80 % stilling regnes som heltid (fylkets praksis)',
				en: "Møre og Romsdal County: experience-based candidates – an 80 % position counts as full time (the county's practice)",
				url: 'https://mrfylke.no/utdanning-og-karriere/fagbrev-som-vaksen-praksiskandidat-eller-fagbrev-paa-jobb/praksiskandidat-fagbrev-som-vaksen'
			},
			{
				title: 'Lovdata: opplæringsforskrifta § 9-25 (eksamen også for praksiskandidatar)',
				en: 'Lovdata: the Education Regulations (opplæringsforskrifta) § 9-25 (an exam for experience-based candidates too)',
				url: 'https://lovdata.no/forskrift/2024-06-03-900/§9-25'
			},
			{
				title: 'Udir: læreplanen i faget (LK20), «Sluttvurdering» – lagret ordrett i Veivalg',
				en: "Udir: the trade's curriculum (LK20), «Sluttvurdering» (final assessment) – stored word for word in Veivalg",
				url: 'https://www.udir.no/lk20/'
			}
		]
	},
	fagbrevPaJobb: {
		id: 'fagbrevPaJobb',
		version: 2,
		lastChecked: LAW_CHECKED,
		value: { minPracticeMonths: 12, minContractMonths: 12, fullTimeFromPercent: 80 },
		law: [
			cite(
				'lova',
				'7-1',
				4,
				'Kandidat for fagbrev på jobb er den som har skrive ein kontrakt om opplæring på grunnlag av allsidig praksis og realkompetanse'
			),
			cite('forskrifta', '9-58', 2, 'minimum eitt års allsidig praksis i lærefaget i heiltidsstilling'),
			cite('forskrifta', '9-58', 2, 'Ein stillingsbrøk på 80 prosent kan godkjennast som heiltid'),
			cite('forskrifta', '9-58', 3, 'kontraktstida må vere på minst eitt år'),
			// § 9-58 (1) and (3): the whole practice is the trade's length; the contract is that less the year required.
			cite('forskrifta', '9-58', 1, 'er avhengig av lengda på lærefaget slik det er fastsett i tilbodsstrukturen'),
			cite(
				'forskrifta',
				'9-58',
				3,
				'skal fylkeskommunen trekkje frå det året med praksis som er kravd, og gjere frådrag for eventuell realkompetanse'
			)
		],
		sources: [
			{
				title: 'Lovdata: opplæringsforskrifta § 9-58',
				en: 'Lovdata: the Education Regulations (opplæringsforskrifta) § 9-58',
				url: 'https://lovdata.no/forskrift/2024-06-03-900/§9-58'
			},
			{
				title: 'Innlandet fylkeskommune: fagbrev på jobb',
				en: 'Innlandet County: a trade certificate while employed (fagbrev på jobb)',
				url: 'https://innlandetfylke.no/tjenester/skole-og-utdanning/opplaring-for-voksne/fagbrev-pa-jobb/'
			}
		]
	},
	/**
	 * Application deadlines by who applies: youth 1 March (forskrifta § 4-9 first ledd), 1 February
	 * for the groups in § 4-9 second ledd and for lærekandidat/praksisbrevkandidat placement (§ 7-5);
	 * adults on a rolling basis (§ 13-3), with no waiting lists (§ 13-4).
	 */
	deadlines: {
		id: 'deadlines',
		version: 2,
		lastChecked: LAW_CHECKED,
		/** Month and day; a deadline on a Saturday or Sunday moves to the Monday after (§ 4-9 third ledd). */
		value: { early: { month: 2, day: 1 }, ordinary: { month: 3, day: 1 } },
		law: [
			cite('forskrifta', '4-9', 1, 'Fristen for å søkje om inntak til vidaregåande opplæring er 1. mars'),
			cite('forskrifta', '4-9', 2, 'Søknadsfristen er likevel 1. februar for søkjarar som'),
			cite('forskrifta', '7-5', 1, '1. februar for lærekandidatar og praksisbrevkandidatar'),
			cite('forskrifta', '13-3', 1, 'Søkjarar til vidaregåande opplæring for vaksne kan søkje fortløpande'),
			cite('forskrifta', '13-4', 1, 'Fylkeskommunen kan ikkje ha ventelister')
		],
		sources: [
			{
				title: 'Lovdata: opplæringsforskrifta § 4-9',
				en: 'Lovdata: the Education Regulations (opplæringsforskrifta) § 4-9',
				url: 'https://lovdata.no/forskrift/2024-06-03-900/§4-9'
			},
			{
				title: 'Lovdata: opplæringsforskrifta § 13-3',
				en: 'Lovdata: the Education Regulations (opplæringsforskrifta) § 13-3',
				url: 'https://lovdata.no/forskrift/2024-06-03-900/§13-3'
			},
			{
				title: 'Vilbli: søknadsfrister og inntakskalender',
				en: 'Vilbli: application deadlines and admission calendar',
				url: 'https://www.vilbli.no/nn/nn/no/soknadsfristar-og-inntakskalender/a/034568'
			}
		]
	},
	navTraining: {
		id: 'navTraining',
		version: 1,
		lastChecked: CHECKED,
		value: { maxMonths: 36, extensionMonths: 12, fagskoleFromAge: 19 },
		basis: [
			'forskrift om arbeidsmarkedstiltak (FOR-2015-12-11-1598) kap. 7 (opplæring) og § 1-3 (tiltak etter behovs- eller arbeidsevnevurdering)'
		],
		sources: [
			{
				title: 'Nav: rundskriv R76-12-01, kapittel 7 (opplæringstiltak)',
				en: 'Nav: circular R76-12-01, chapter 7 (training measures)',
				url: R76
			},
			{
				title:
					'Nav: tiltaket fagskole (høyere yrkesfaglig utdanning) – fra året brukeren fyller 19, i Navs tiltakskatalog',
				en: "Nav: the measure «fagskole» (higher vocational education) – from the year the person turns 19, in Nav's catalogue of measures",
				url: 'https://github.com/navikt/mulighetsrommet'
			},
			{
				title: 'Nav: arbeidsavklaringspenger – utdanning kan være et arbeidsrettet tiltak',
				en: 'Nav: work assessment allowance (AAP) – education can be a work-oriented measure',
				url: 'https://www.nav.no/no/person/arbeid/arbeidsavklaringspenger/arbeidsavklaringspenger-aap'
			}
		]
	},
	/** Arbeidstrening: a Nav measure for little or patchy work experience or reduced work ability. */
	workTraining: {
		id: 'workTraining',
		version: 1,
		lastChecked: RECHECKED,
		value: { maxMonths: 12, extensionMonths: 6, littleExperienceBelowMonths: 12 },
		basis: [
			'forskrift om arbeidsmarkedstiltak (FOR-2015-12-11-1598) § 1-3 (tiltak etter behovs- eller arbeidsevnevurdering)'
		],
		sources: [
			{
				title: 'Nav: arbeidstrening – hvem kan delta, inntil ett år, seks måneder til ved nedsatt arbeidsevne',
				en: 'Nav: work training – who can take part, up to one year, six months more with reduced work capacity',
				url: 'https://www.nav.no/no/person/arbeid/oppfolging-og-tiltak-for-a-komme-i-jobb/tiltak-for-a-komme-i-jobb/arbeidsutproving/arbeidstrening'
			},
			{
				title: 'Nav: rundskriv R76-12-01, § 1-3 vilkår for deltakelse i tiltak',
				en: 'Nav: circular R76-12-01, § 1-3 conditions for taking part in measures',
				url: R76
			}
		]
	},
	/** Working directly: no admission; Nav can support with a wage subsidy (the practice it gives is counted by praksiskandidat). */
	workDirect: {
		id: 'workDirect',
		version: 1,
		lastChecked: RECHECKED,
		value: { wageSubsidyMonths: 12, wageSubsidyReducedMonths: 24 },
		basis: [
			'forskrift om arbeidsmarkedstiltak (FOR-2015-12-11-1598) § 1-3 (tiltak etter behovs- eller arbeidsevnevurdering)'
		],
		sources: [
			{
				title: 'Nav: midlertidig lønnstilskudd – inntil ett år, inntil to år ved nedsatt arbeidsevne',
				en: 'Nav: temporary wage subsidy – up to one year, up to two years with reduced work capacity',
				url: 'https://nav.no/arbeidsgiver/midlertidig-lonnstilskudd'
			}
		]
	},
	/** Fagskole: completed upper secondary, or prior learning from the year one turns 23 (Nav's part is in navTraining). */
	fagskole: {
		id: 'fagskole',
		version: 1,
		lastChecked: RECHECKED,
		value: { realkompetanseFromAge: 23 },
		basis: ['fagskoleloven § 16 og fagskoleforskriften § 8 (opptak på realkompetanse fra 23 år)'],
		sources: [
			{
				title:
					'NOKUT: 23-årsgrensen for realkompetansevurdering til fagskole (fagskoleloven § 16, fagskoleforskriften § 8)',
				en: 'NOKUT: the age limit of 23 for admission to fagskole on prior learning (fagskoleloven § 16, fagskoleforskriften § 8)',
				url: NOKUT_23
			},
			{
				title:
					'Prop. 47 L (2017–2018) kap. 15: opptak – fullført og bestått videregående eller tilsvarende realkompetanse',
				en: 'Prop. 47 L (2017–2018) ch. 15: admission – completed upper secondary education or equivalent prior learning',
				url: 'https://www.regjeringen.no/no/dokumenter/prop.-47-l-20172018/id2593609/?ch=15'
			}
		]
	},
	/**
	 * Higher education: generell studiekompetanse, or the 23/5 rule (23 in the
	 * admission year, five years of work and/or education, the six subjects),
	 * or prior learning from 25. The government has proposed replacing 23/5
	 * with 23/6 (no practice requirement) from 2027; the app keeps 23/5 until
	 * the change is decided and says so.
	 */
	higherEducation: {
		id: 'higherEducation',
		version: 1,
		lastChecked: RECHECKED,
		value: { rule235Age: 23, practiceMonths: 60, realkompetanseFromAge: 25, proposedChangeYear: 2027 },
		basis: [
			'forskrift om opptak til høgare utdanning: generell studiekompetanse og 23/5-regelen (NOU 2022: 17 kap. 2)'
		],
		sources: [
			{
				title: 'Samordna opptak: 23/5-regelen',
				en: 'Samordna opptak (the Universities and Colleges Admission Service): the 23/5 rule',
				url: 'https://www.samordnaopptak.no/info/opptak/generell-studiekompetanse/23-5-regelen/'
			},
			{
				title: 'Utdanning.no: 23/5-regelen – foreslått erstattet av 23/6-regelen fra 2027',
				en: 'Utdanning.no: the 23/5 rule – proposed to be replaced by a 23/6 rule from 2027',
				url: 'https://utdanning.no/tema/nyttig_informasjon/235-regelen'
			},
			{
				title: 'OsloMet: opptakskrav – realkompetanse fra året man fyller 25',
				en: 'OsloMet: admission requirements – prior learning from the year you turn 25',
				url: 'https://www.oslomet.no/studier/soknad-og-opptak/opptakskrav-til-studier'
			},
			{
				title: 'NOU 2022: 17 kap. 2: dagens opptaksregelverk',
				en: 'NOU 2022: 17 ch. 2: the admission rules today',
				url: 'https://www.regjeringen.no/no/dokumenter/nou-2022-17/id2948927/?ch=4'
			}
		]
	},
	incomeSecurity: {
		id: 'incomeSecurity',
		version: 2,
		lastChecked: LAW_CHECKED,
		value: {
			aap: { maxMonths: 36 },
			kvp: { maxMonths: 12, extensionMonths: 12 },
			sosialhjelp: { activityDutyUnderAge: 30 },
			tiltakspenger: { fromAge: 18 }
		},
		basis: [
			'folketrygdloven kapittel 11 (arbeidsavklaringspenger)',
			'sosialtjenesteloven § 20 a (aktivitetsplikt for mottakere av sosialhjelp under 30 år)',
			'sosialtjenesteloven §§ 29–30 (kvalifiseringsprogrammet)',
			'integreringsloven kap. 4 (introduksjonsprogrammet; opplæring kan inngå i programmet)'
		],
		/** Each benefit rests on its own law: AAP on folketrygdloven kapittel 11, not on the social services act. */
		basisOf: {
			aap: ['folketrygdloven kapittel 11 (arbeidsavklaringspenger)'],
			kvp: ['sosialtjenesteloven §§ 29–30 (kvalifiseringsprogrammet)'],
			introduksjonsprogram: ['integreringsloven kap. 4 (introduksjonsprogrammet; opplæring kan inngå i programmet)'],
			sosialhjelp: ['sosialtjenesteloven § 20 a (aktivitetsplikt for mottakere av sosialhjelp under 30 år)']
		},
		sources: [
			{
				title: 'Nav: arbeidsavklaringspenger (AAP)',
				en: 'Nav: work assessment allowance (arbeidsavklaringspenger, AAP)',
				url: 'https://www.nav.no/aap'
			},
			{
				title: 'Nav: kvalifiseringsprogrammet',
				en: 'Nav: the qualification programme (kvalifiseringsprogrammet)',
				url: 'https://www.nav.no/kvalifiseringsprogrammet'
			},
			{
				title: 'IMDi: introduksjonsprogrammet',
				en: 'IMDi: the introduction programme (introduksjonsprogrammet)',
				url: 'https://www.imdi.no/introduksjonsprogram/'
			}
		]
	},
	/**
	 * Education while on dagpenger: from 25 (30 for higher education), for the fully unemployed
	 * or laid off, normally after 3 months as a jobseeker (not required for those without completed
	 * upper secondary), approved by Nav before it starts. Nav decides; the app says «avklar først».
	 */
	dagpenger: {
		id: 'dagpenger',
		version: 1,
		lastChecked: LAW_CHECKED,
		value: { fromAge: 25, higherEducationFromAge: 30, jobseekerMonths: 3 },
		basis: ['folketrygdloven § 4-6 (utdanning eller opplæring) og dagpengeforskriften kap. 4'],
		sources: [
			{
				title: 'Nav: dagpenger og utdanning eller opplæring',
				en: 'Nav: unemployment benefit (dagpenger) and education or training',
				url: 'https://www.nav.no/dagpenger-utdanning'
			},
			{
				title: 'Lovdata: folketrygdloven § 4-6',
				en: 'Lovdata: the National Insurance Act (folketrygdloven) § 4-6',
				url: 'https://lovdata.no/lov/1997-02-28-19/§4-6'
			}
		]
	}
} as const satisfies Record<string, Rule<unknown>>;

export type RuleId = keyof typeof RULES;
