import { AppError } from './app-error';
import type * as z from 'zod/mini';
import { clientSchema } from './client/client';
import { consentSchema } from './exploring/consent';
import { explorationSchema } from './exploring/exploration';
import { mappingSchema, mappingV1toV2 } from './mapping/mapping';
import { planSchema } from './plan/plan';
import { sessionSchema, sessionV1toV2 } from './client/session';

/**
 * Every kind of stored document, with its schema, its current schema version
 * and the migrations that bring older payloads up to date. Storage validates
 * every read against these; nothing else defines a record's shape.
 */

export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface RecordKind<S extends z.ZodMiniType = z.ZodMiniType> {
	schema: S;
	version: number;
	/** migrations[n] turns a version-n payload into version n+1. */
	migrations: Record<number, Migration>;
}

export const RECORD_KINDS = {
	client: { schema: clientSchema, version: 1, migrations: {} },
	session: { schema: sessionSchema, version: 2, migrations: { 1: sessionV1toV2 } },
	mapping: { schema: mappingSchema, version: 2, migrations: { 1: mappingV1toV2 } },
	exploration: { schema: explorationSchema, version: 1, migrations: {} },
	consent: { schema: consentSchema, version: 1, migrations: {} },
	plan: { schema: planSchema, version: 1, migrations: {} }
} satisfies Record<string, RecordKind>;

export type KindName = keyof typeof RECORD_KINDS;

/** The records a client has at most one of, besides the profile: the modules and the consent. */
export type SingleKind = Exclude<KindName, 'client' | 'session'>;
export type RecordOf<K extends KindName> = z.output<(typeof RECORD_KINDS)[K]['schema']>;

export class NewerVersionError extends AppError {
	constructor(
		readonly kind: string,
		readonly found: number,
		readonly supported: number
	) {
		super('newerRecord', { detail: `${kind} v${found}, this version reads up to v${supported}` });
	}
}

/** Bring a stored payload to the current version, one step at a time. */
export function migrate(kindName: string, kind: RecordKind, data: Record<string, unknown>, storedVersion: number) {
	if (storedVersion > kind.version) throw new NewerVersionError(kindName, storedVersion, kind.version);
	let out = data;
	for (let v = storedVersion; v < kind.version; v++) {
		const step = kind.migrations[v];
		if (!step) throw new Error(`${kindName}: no migration from v${v}`);
		out = step(out);
	}
	return { ...out, schemaVersion: kind.version };
}
