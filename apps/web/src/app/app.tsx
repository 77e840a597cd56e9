import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiClientProvider } from '../api/api-context';
import type { AppServices } from './create-app-services';
import { routes } from './routes';

export function App({ services }: { services: AppServices }) {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <QueryClientProvider client={services.queryClient}>
      <ApiClientProvider client={services.api}>
        <RouterProvider router={router} />
      </ApiClientProvider>
    </QueryClientProvider>
  );
}
