import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import i18n from '../i18n';

// Pages load on demand (lazy imports): on a busy 2-core CI machine the first render of a page can take
// longer than testing-library's default 1 s; waiting longer changes no assertion, only how long a
// failing one takes to report.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
});
