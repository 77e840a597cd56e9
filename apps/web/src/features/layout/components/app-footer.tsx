import { t } from '../../../i18n/i18n';

export function AppFooter() {
  return (
    <footer className="koers-footer">
      <div className="koers-footer__content">
        <p className="utrecht-paragraph utrecht-paragraph--small">{t('footer.tagline')}</p>
      </div>
    </footer>
  );
}
