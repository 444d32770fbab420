import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Language = 'zh-CN' | 'en';
const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'zc-console-language';

interface LocaleState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LocaleContext = createContext<LocaleState>({ language: 'zh-CN', setLanguage: () => undefined });

function initialLanguage(): Language {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLanguage(): LocaleState {
  return useContext(LocaleContext);
}

function fill(template: string, values?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The console's strings in the chosen language, with `{name}` filled from values. */
export function useT(): Translate {
  const { language } = useLanguage();
  return useCallback<Translate>((key, values) => fill(DICTIONARIES[language][key], values), [language]);
}

/** A status as people say it, or the status itself when the dictionary has no word for it. */
export function statusLabel(t: Translate, status: string): string {
  const key = `status.${status}` as MessageKey;
  return key in zhCN ? t(key) : status;
}

/** Strings that belong to one area of pages, kept beside them: the same keys in both languages. */
export type PageMessages<K extends string> = Record<Language, Record<K, string>>;

/** A page area's own strings (see PageMessages), with `{name}` filled from values. */
export function usePageT<K extends string>(messages: PageMessages<K>): (key: K, values?: Record<string, string | number>) => string {
  const { language } = useLanguage();
  return useCallback((key: K, values?: Record<string, string | number>) => fill(messages[language][key], values), [language, messages]);
}
