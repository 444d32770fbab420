import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session';
import { LocaleProvider, useLanguage } from '../i18n/locale';
import { router } from './routes';
import { theme, withMotion } from './theme';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
const themed = withMotion(theme);

function Localized() {
  const { language } = useLanguage();
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={themed} button={{ autoInsertSpace: false }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LocaleProvider>
      <SessionProvider>
        <QueryClientProvider client={queryClient}>
          <Localized />
        </QueryClientProvider>
      </SessionProvider>
    </LocaleProvider>
  );
}
