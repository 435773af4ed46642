import { lazy, Suspense, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Announcer } from './components/Announcer';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { i18nFor } from './i18n';
import { browserLang } from './i18n/langs';
import { LangContext } from './i18n/LangContext';
import { AccessibilityPage } from './pages/Accessibility/Accessibility.page';
import { ConversationPage } from './pages/Conversation/Conversation.page';
import { HomePage } from './pages/Home/Home.page';
import { MyVotesPage } from './pages/MyVotes/MyVotes.page';
import { NotFoundPage } from './pages/NotFound/NotFound.page';
import { PrivacyPage } from './pages/Privacy/Privacy.page';
import { WritePage } from './pages/Write/Write.page';
import { navigate, usePathname } from './router/location';
import { parseRoute, paths, type Route } from './router/routes';

// Loaded on demand: results, report and the staff tools stay out of the voting bundle.
const ResultsPage = lazy(() => import('./pages/Results/Results.page'));
const ReportPage = lazy(() => import('./pages/Report/Report.page'));
const StaffApp = lazy(() => import('./staff/StaffApp'));

function Page({ route }: { route: Exclude<Route, { name: 'root' }> }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'conversation':
      return <ConversationPage key={route.slug} slug={route.slug} />;
    case 'write':
      return <WritePage key={route.slug} slug={route.slug} />;
    case 'myVotes':
      return <MyVotesPage key={route.slug} slug={route.slug} />;
    case 'results':
      return (
        <Suspense fallback={<Loading />}>
          <ResultsPage slug={route.slug} />
        </Suspense>
      );
    case 'report':
      return (
        <Suspense fallback={<Loading />}>
          <ReportPage slug={route.slug} />
        </Suspense>
      );
    case 'staff':
      return (
        <Suspense fallback={<Loading />}>
          <StaffApp rest={route.rest} />
        </Suspense>
      );
    case 'accessibility':
      return <AccessibilityPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** The language comes from the URL; only a path without one falls back to the browser's. */
export function App() {
  const route = parseRoute(usePathname());
  const lang = route.name === 'root' || route.lang === null ? browserLang() : route.lang;
  useEffect(() => {
    document.documentElement.lang = lang;
    if (route.name === 'root') navigate(paths.home(lang), { replace: true });
  }, [lang, route.name]);

  return (
    <I18nextProvider i18n={i18nFor[lang]}>
      <LangContext.Provider value={lang}>
        <Announcer>
          <Layout>{route.name === 'root' ? <Loading /> : <Page route={route} />}</Layout>
        </Announcer>
      </LangContext.Provider>
    </I18nextProvider>
  );
}
