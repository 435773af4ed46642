import { createContext, useContext } from 'react';
import type { Lang } from '../api/types';

export const LangContext = createContext<Lang>('fi');

/** The interface language: the one in the URL. */
export const useLang = () => useContext(LangContext);
