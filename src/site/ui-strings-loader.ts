/** Starlight's `i18n` collection: our wording of a few built-in interface strings, per language. */
import type { Loader } from 'astro/loaders';

const STRINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fr: { 'i18n.untranslatedContent': 'Ce guide n’est pas encore traduit en français : vous lisez sa version anglaise.' },
  en: { 'i18n.untranslatedContent': 'This guide is not translated into English yet: you are reading its French version.' },
};

export function uiStringsLoader(): Loader {
  return {
    name: 'bdc-ui-strings-loader',
    load: async (context) => {
      context.store.clear();
      for (const [id, strings] of Object.entries(STRINGS)) {
        context.store.set({ id, data: await context.parseData({ id, data: { ...strings } }) });
      }
    },
  };
}
