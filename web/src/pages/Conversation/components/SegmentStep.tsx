import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Conversation } from '../../../api/types';
import { SegmentForm } from '../../../components/SegmentForm';

interface Props {
  conversation: Conversation;
  onDone: () => void;
  focusRef: Ref<HTMLHeadingElement>;
}

/** The optional segment question, asked once between two cards; skipping is one press. */
export function SegmentStep({ conversation, onDone, focusRef }: Props) {
  const { t } = useTranslation();
  const question = conversation.settings.segmentQuestion;
  if (!question) return null;
  return (
    <section className="card segment-step" aria-labelledby="segment-title">
      <h2 id="segment-title" ref={focusRef} tabIndex={-1}>
        {t('segment.title')}
      </h2>
      <SegmentForm
        question={question}
        initial={null}
        saveLabel={t('segment.saveAndContinue')}
        onSave={async (segment) => {
          await api.setSegment(conversation.id, segment);
          onDone();
        }}
        actions={
          <button type="button" className="button" onClick={onDone}>
            {t('segment.skip')}
          </button>
        }
      />
    </section>
  );
}
