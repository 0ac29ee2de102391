import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import './time';
import { AppRoutes } from './AppRoutes';

// Government red; secondary and tertiary text darker than antd's defaults so they meet WCAG AA contrast.
const THEME = { token: { colorPrimary: '#b71c1c', colorLink: '#0b57d0', borderRadius: 4, colorTextSecondary: 'rgba(0,0,0,0.68)', colorTextTertiary: 'rgba(0,0,0,0.62)', colorTextDescription: 'rgba(0,0,0,0.62)', colorTextPlaceholder: 'rgba(0,0,0,0.55)', colorError: '#c41d1d', colorWarning: '#ad5a00', colorSuccess: '#2e7d32', motion: false },
  // The government red of colorPrimary is nearly colorError: a focused field took on the look of a refused one.
  components: Object.fromEntries(['Input', 'InputNumber', 'Select', 'DatePicker'].map((c) => [c, { activeBorderColor: '#0b57d0', hoverBorderColor: '#0b57d0', activeShadow: '0 0 0 2px rgba(11,87,208,0.15)' }])) };

// A failed request is shown to the user, not retried behind their back (4xx answers do not change on retry).
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
