import { addBundle } from '../../../i18n/bundles';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

/** The strings of the moderation queue, the decided statements and the dashboard. */
export const NS = 'moderation';

addBundle(NS, { fi, sv, en });
