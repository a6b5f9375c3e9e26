// Numbered sources: every figure in a panel carries a [n] that links to its entry in the list.
import { useTranslation } from 'react-i18next';
import type { Source } from '../data/types';
import { useFormat } from '../i18n/useFormat';
import { Foreign } from './Foreign';

export function Cite({ sources, id, scope }: { sources: Source[]; id: string; scope: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = sources.findIndex((s) => s.id === id) + 1;
  if (n === 0) return null;
  const label = fmt.num(n);
  return (
    <sup className="cite">
      <a href={`#${scope}-src-${id}`} aria-label={t('route.source', { n: label })}>[{label}]</a>
    </sup>
  );
}

export function SourceList({ sources, scope }: { sources: Source[]; scope: string }) {
  const fmt = useFormat();
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.id} id={`${scope}-src-${s.id}`}>
          <Foreign text={s.title} />. <Foreign text={s.publisher} />, {fmt.date(s.date)}.
          {s.url && (
            <>
              {' '}
              <a href={s.url} target="_blank" rel="noreferrer noopener" dir="ltr">{shortUrl(s.url)}</a>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}
