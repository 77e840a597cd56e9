import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { makeContent } from '../test/werkwijzer-factories';

describe('the werkwijzer content page (beheer)', () => {
  it('shows themes, factors, tips, intake questions and plan-quality explanations read-only, and says where to change them', async () => {
    const fetch = fakeFetch({ 'GET /api/werkwijzer': () => jsonResponse(makeContent()) });
    renderApp('/beheer/werkwijzer', { fetch, session: makeSession({ role: 'beheerder' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Werkwijzer' })).toBeInTheDocument();
    expect(screen.getByText(/content\/werkwijzer\//)).toBeInTheDocument();
    const theme = await screen.findByRole('heading', { level: 3, name: 'Thema 1. Motivatie, kwaliteiten en interesses' });
    expect(screen.getByRole('heading', { level: 4, name: '1.2 Vraaggericht begeleiden', hidden: true })).not.toBeVisible();
    await userEvent.setup().click(theme);
    expect(screen.getByRole('heading', { level: 4, name: '1.2 Vraaggericht begeleiden' })).toBeVisible();
    expect(screen.getByText('Tekst van de tip bij 1.2.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Intakevragen' })).toBeInTheDocument();
    expect(screen.getByText('Waar woon je nu, en met wie?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Goed te lezen (B1)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /opslaan/i })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar beheer' })).toHaveAttribute('href', '/beheer');
  });
});
