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
const workspace = preloadablePage(() => import('../features/workspace/workspace-layout'));
const dashboard = preloadablePage(() => import('../features/dashboard/dashboard-page'));
const patients = preloadablePage(() => import('../features/patients/patients-page'));
const patient = preloadablePage(() => import('../features/patients/patient-page'));
const appointments = preloadablePage(() => import('../features/appointments/appointments-page'));
const notes = preloadablePage(() => import('../features/notes/notes-page'));
const services = preloadablePage(() => import('../features/services/services-page'));
const team = preloadablePage(() => import('../features/team/team-page'));
const settings = preloadablePage(() => import('../features/settings/settings-page'));
const audit = preloadablePage(() => import('../features/audit/audit-page'));
const billing = preloadablePage(() => import('../features/billing/billing-page'));
const invite = preloadablePage(() => import('../features/invite/invite-page'));
const admin = preloadablePage(() => import('../features/admin/admin-console'));

/** Fetched after first paint: the pages someone who just signed in opens first. */
const PRELOADED = [onboarding, workspace, dashboard];

/** Warm the lazy chunks after first paint, so the next page opens without a wait. */
function usePreloadPages() {
  useEffect(() => {
    const preload = () => {
      // A failed preload is not an error yet: opening the page loads it again.
      for (const page of PRELOADED) page.preload().catch(() => undefined);
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
      <Route path="/invite/:tenantId/:inviteId" element={<Suspense fallback={<PageLoading />}><invite.Page /></Suspense>} />
      <Route path="/app" element={<SignedInPage><workspace.Page /></SignedInPage>}>
        <Route index element={<dashboard.Page />} />
        <Route path="patients" element={<patients.Page />} />
        <Route path="patients/:patientId" element={<patient.Page />} />
        <Route path="appointments" element={<appointments.Page />} />
        <Route path="notes" element={<notes.Page />} />
        <Route path="services" element={<services.Page />} />
        <Route path="team" element={<team.Page />} />
        <Route path="settings" element={<settings.Page />} />
        <Route path="audit" element={<audit.Page />} />
        <Route path="billing" element={<billing.Page />} />
      </Route>
      <Route path="/admin/*" element={<SignedInPage><admin.Page /></SignedInPage>} />
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
