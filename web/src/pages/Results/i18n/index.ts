import { addBundle } from '../../../i18n/bundles';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

/** The strings of the results and report pages, loaded with them. */
export const NS = 'results';

addBundle(NS, { fi, sv, en });
