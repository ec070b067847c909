import { catalogueSchema, type Catalogue } from '../domain/catalogue/schema';
import { indexCatalogue, type TradeIndex } from '../domain/catalogue/search';

/** The catalogue, loaded and validated on first use (it is not part of the first screen). */
class CatalogueState {
	data = $state.raw<Catalogue | null>(null);
	index = $state.raw<TradeIndex | null>(null);
	#loading: Promise<void> | null = null;

	load(): Promise<void> {
		this.#loading ??= import('../domain/catalogue/catalogue.json').then((m) => {
			const data = catalogueSchema.parse(m.default);
			this.data = data;
			this.index = indexCatalogue(data);
		});
		return this.#loading;
	}
}

export const catalogue = new CatalogueState();
