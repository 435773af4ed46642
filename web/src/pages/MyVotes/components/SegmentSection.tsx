import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Conversation } from '../../../api/types';
import { SegmentForm } from '../../../components/SegmentForm';
import { markSegmentAsked } from '../../../lib/local-flags';

/**
 * The segment answer, to change at any time. Only a browser that has taken part is asked for its
 * current answer, so merely opening this page registers no one.
 */
export function SegmentSection({ conversation, hasTakenPart }: { conversation: Conversation; hasTakenPart: boolean }) {
  const { t } = useTranslation();
  const slug = conversation.id;
  const question = conversation.settings.segmentQuestion;
  const [initial, setInitial] = useState<string | null | undefined>(hasTakenPart ? undefined : null);
  useEffect(() => {
    if (!hasTakenPart || !question) return;
    let live = true;
    api.join(slug).then(
      (p) => live && setInitial(p.segment),
      () => live && setInitial(null),
    );
    return () => {
      live = false;
    };
  }, [slug, hasTakenPart, question]);

  if (!question || initial === undefined) return null;
  return (
    <section className="segment-section" aria-labelledby="segment-section-title">
      <h2 id="segment-section-title">{t('segment.sectionTitle')}</h2>
      <SegmentForm
        key={initial ?? ''}
        question={question}
        initial={initial}
        saveLabel={t('common.save')}
        onSave={async (segment) => {
          await api.setSegment(slug, segment);
          markSegmentAsked(slug);
        }}
      />
    </section>
  );
}
