// "Offline copy" in the Share tab: how to carry the atlas into a room with no network. The one-file
// build says so of itself; a hosted app offers the file when its host put it beside the app.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { ONE_FILE_NAME, findOfferedFile, isOneFile, type OfferedFile } from './oneFile';

export function OfflineCopy() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [offered, setOffered] = useState<OfferedFile | null | undefined>(isOneFile() ? null : undefined);

  useEffect(() => {
    if (isOneFile()) return;
    let live = true;
    void findOfferedFile().then((f) => { if (live) setOffered(f); });
    return () => { live = false; };
  }, []);

  const megabytes = (bytes: number) => fmt.num(bytes / 1e6, 1);
  return (
    <section data-testid="offline-copy">
      <h3>{t('oneFile.heading')}</h3>
      {isOneFile() ? (
        <p>{t('oneFile.thisIsIt', { file: ONE_FILE_NAME })}</p>
      ) : offered ? (
        <>
          <p>{t('oneFile.offered')}</p>
          <a className="action action--quiet" href={offered.url} download={ONE_FILE_NAME} data-testid="one-file-download">
            {offered.bytes ? t('oneFile.downloadSized', { size: megabytes(offered.bytes) }) : t('oneFile.download')}
          </a>
        </>
      ) : (
        // Still asking, or the host does not offer it: say how to get it either way.
        <p>{t('oneFile.notOffered', { file: ONE_FILE_NAME })}</p>
      )}
    </section>
  );
}
