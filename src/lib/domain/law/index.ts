export { ACTS, LAW_TEXT, type ActId, type Ledd } from './text';
export { brokenCitations, citationLabel, citationUrl, cite, leddOf, type Citation } from './cite';
