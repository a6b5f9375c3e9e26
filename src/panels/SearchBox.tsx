import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atlas } from '../data/atlas';
import { buildIndex, search, wordList, type SearchEntry } from '../data/search';
import { ROUTE_KINDS } from '../data/types';
import { i18n } from '../i18n';
import { useAtlas } from '../state/store';

/** Built on first use, when both languages' words for the route kinds are loaded. */
let index: SearchEntry[] | undefined;
function searchIndex(): SearchEntry[] {
  index ??= buildIndex(atlas, Object.fromEntries(ROUTE_KINDS.map((k) => [k, (['en', 'ar'] as const).flatMap((l) => wordList(i18n.getFixedT(l)(`search.kinds.${k}`)))])));
  return index;
}

export function SearchBox() {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const selectRoute = useAtlas((s) => s.selectRoute);
  const showPlace = useAtlas((s) => s.showPlace);
  const showCountry = useAtlas((s) => s.showCountry);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => search(searchIndex(), query), [query]);
  const open = query.trim() !== '';

  const choose = (e: SearchEntry) => {
    if (e.type === 'route') selectRoute(e.id);
    else if (e.type === 'place') showPlace(e.id);
    else showCountry(e.id);
    setQuery('');
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">{t('search.label')}</label>
      <input
        id="search-input"
        type="search"
        dir="auto"
        autoComplete="off"
        placeholder={t('search.placeholder')}
        value={query}
        role="combobox"
        aria-expanded={open}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `hit-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      {open && (
        <ul id="search-results" className="search-results" role="listbox" aria-label={t('search.label')}>
          {hits.length === 0 && <li className="search-empty" role="option" aria-disabled="true" aria-selected="false">{t('search.noResults', { query })}</li>}
          {hits.map((h, i) => (
            <li
              key={`${h.type}-${h.id}`}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-hit"
              data-hit={`${h.type}:${h.id}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h)}
            >
              <span className="hit-name">{h.name[lang]}</span>
              <span className="hit-type">{t(`search.type.${h.type}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
