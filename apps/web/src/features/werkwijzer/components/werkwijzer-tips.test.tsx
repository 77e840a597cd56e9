import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiClientProvider } from '../../../api/api-context';
import { createAppServices } from '../../../app/create-app-services';
import { fakeFetch, jsonResponse, problemResponse } from '../../../test/fixtures';
import { makeContent } from '../test/werkwijzer-factories';
import { WerkwijzerTips, type WerkwijzerTipsMoment } from './werkwijzer-tips';

function renderTips(moment: WerkwijzerTipsMoment, fetch: typeof globalThis.fetch) {
  const services = createAppServices({ fetch });
  services.queryClient.setDefaultOptions({ queries: { retry: false } });
  return render(
    <QueryClientProvider client={services.queryClient}>
      <ApiClientProvider client={services.api}>
        <main>
          <WerkwijzerTips moment={moment} />
        </main>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
}

const content = () => fakeFetch({ 'GET /api/werkwijzer': () => jsonResponse(makeContent()) });

describe('WerkwijzerTips', () => {
  it('is closed by default and shows the intake factor 1.2 and the intake questions when opened', async () => {
    renderTips('intake', content());
    const summary = await screen.findByText('Werkwijzer: tips en vragen voor de intake');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(screen.getByText('1.2 Vraaggericht begeleiden')).not.toBeVisible();
    await userEvent.setup().click(summary);
    expect(details).toHaveAttribute('open');
    expect(screen.getByText('1.2 Vraaggericht begeleiden')).toBeVisible();
    expect(screen.getByText('de leefsituatie')).toBeVisible();
    expect(screen.getByText('Vragen die u kunt stellen, per onderwerp')).toBeVisible();
    expect(screen.getByText('Wonen')).toBeInTheDocument();
    expect(screen.getByText('Waar woon je nu, en met wie?')).toBeInTheDocument();
    expect(screen.queryByText(/^1\.1 /)).not.toBeInTheDocument();
  });

  it.each<[WerkwijzerTipsMoment, string, string[]]>([
    ['plan', 'Werkwijzer: tips voor goede doelen', ['1.7 De jongere is mede-eigenaar', '5.21 Stress-sensitief werken']],
    ['handover', 'Werkwijzer: tips voor een warme overdracht', ['1.1 Een vertrouwensband']],
    ['milestone', 'Werkwijzer: tips voor het vieren van successen', ['5.21 Stress-sensitief werken', '6.25 Positieve aandacht']],
  ])('at %s shows the right factors', async (moment, summary, titles) => {
    renderTips(moment, content());
    await userEvent.setup().click(await screen.findByText(summary));
    const shown = Array.from(document.querySelectorAll('.koers-ww-tips__factor-title')).map((el) => el.textContent);
    expect(shown).toEqual(titles);
    expect(screen.queryByText('Vragen die u kunt stellen, per onderwerp')).not.toBeInTheDocument();
  });

  it('shows nothing (and blocks nothing) when the content cannot be loaded', async () => {
    const fetch = fakeFetch({ 'GET /api/werkwijzer': () => problemResponse({ status: 500, title: 'Er ging iets mis.' }) });
    const { container } = renderTips('intake', fetch);
    await new Promise((r) => setTimeout(r, 50));
    expect(fetch).toHaveBeenCalled();
    expect(container.querySelector('details')).toBeNull();
  });
});
