import { CSRF_HEADER } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

describe('header', () => {
  it('shows the app name, the user with role label, a skip link and the landmarks', async () => {
    renderApp('/caseload', { fetch: fakeFetch({}), session: makeSession({ role: 'klantmanager', name: 'Karim El Amrani' }) });

    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: /Koers/ })).toHaveAttribute('href', '/');
    expect(banner).toHaveTextContent('Karim El Amrani');
    expect(banner).toHaveTextContent('Klantmanager');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mijn caseload' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'inhoud');
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#inhoud');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('logs out with the CSRF token and shows the login page', async () => {
    const session = makeSession({ role: 'jongere', name: 'Noa Jansen' });
    let csrf: string | null = null;
    const fetch = fakeFetch({
      'POST /api/auth/logout': ({ headers }) => {
        csrf = headers.get(CSRF_HEADER);
        return new Response(null, { status: 204 });
      },
    });
    const { router } = renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByText('U bent uitgelogd.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(csrf).toBe(session.csrfToken);
    expect(screen.queryByText('Noa Jansen')).not.toBeInTheDocument();
  });
});
