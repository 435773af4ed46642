import { useTranslation } from 'react-i18next';

const TIPS = ['oneIdea', 'plain', 'standalone', 'checkFirst'] as const;

export function WritingTips({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div className="writing-tips" id={id}>
      <h2 className="writing-tips__title">{t('write.tipsTitle')}</h2>
      <ul>
        {TIPS.map((tip) => (
          <li key={tip}>{t(`write.tips.${tip}`)}</li>
        ))}
      </ul>
    </div>
  );
}
