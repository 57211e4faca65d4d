/** The classroom screens' strings live in the locale table (t.classroom); this re-export keeps imports short. */
import { t } from '../locale/current.ts';

export const c = t.classroom;
