/**
 * The routes. Sign-in and sign-up ship in the first bundle with Auth only;
 * onboarding and the workspace (which bring Firestore and Functions) are
 * lazy chunks, fetched in the background once the first page has rendered.
 */
import { Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router-dom';
import { AuthLayout } from '../components/auth-layout';
import { PageLoading } from '../components/page-loading';
import { EmailLinkPage } from '../features/auth/email-link-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { AuthSessionProvider } from '../lib/auth-session';
import { preloadablePage } from './preloadable-page';
import { GuestOnly, HomeRedirect, RequireSignedIn } from './route-guards';

const onboarding = preloadablePage(() => import('../features/onboarding/onboarding-page'));
const workspace = preloadablePage(() => import('../features/workspace/workspace-page'));
const billing = preloadablePage(() => import('../features/billing/billing-page'));

/** Warm the lazy chunks after first paint, so the next page opens without a wait. */
function usePreloadPages() {
  useEffect(() => {
    const preload = () => {
      // A failed preload is not an error yet: opening the page loads it again.
      onboarding.preload().catch(() => undefined);
      workspace.preload().catch(() => undefined);
      billing.preload().catch(() => undefined);
    };
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(preload, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 500);
    return () => clearTimeout(timer);
  }, []);
}

function SignedInPage({ children }: { children: ReactNode }) {
  return (
    <RequireSignedIn>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </RequireSignedIn>
  );
}

function NotFoundPage() {
  return (
    <AuthLayout title="Page not found" intro="The page you asked for doesn’t exist.">
      <Link className="button button-primary button-block" to="/">
        Go to Atrium
      </Link>
    </AuthLayout>
  );
}

function AppRoutes() {
  usePreloadPages();
  return (
    <Routes>
      <Route path="/" element={<HomeRedirect />} />
      <Route path="/signin" element={<GuestOnly><SignInPage /></GuestOnly>} />
      <Route path="/signin/link" element={<GuestOnly><EmailLinkPage /></GuestOnly>} />
      <Route path="/signup" element={<GuestOnly><SignUpPage /></GuestOnly>} />
      <Route path="/onboarding" element={<SignedInPage><onboarding.Page /></SignedInPage>} />
      <Route path="/app" element={<SignedInPage><workspace.Page /></SignedInPage>} />
      <Route path="/app/billing" element={<SignedInPage><billing.Page /></SignedInPage>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function AppRouter() {
  return (
    <AuthSessionProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AuthSessionProvider>
  );
}
